/**
 * Programs that live beside the tests but are not tests: nothing here runs in {@code mvn test}. The JMH benchmarks
 * ({@code *Benchmark}, run by {@code mvn -q test-compile exec:exec@jmh}), the training-speed runner ({@link
 * org.scalelab.tools.BenchRunner}), the window's responsiveness bench ({@link org.scalelab.tools.ResponsivenessBench})
 * and renderers that save views as PNGs to look at ({@link org.scalelab.tools.ChartsPreview}, {@link
 * org.scalelab.tools.RenderEditorViews}, {@link org.scalelab.tools.SearchWindowSnapshot}). Each says in its Javadoc how
 * to run it.
 */
package org.scalelab.tools;
