package org.scalelab.training.dl4j;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Copies a DL4J layer configuration, built with DL4J's own builder (which validates it), into an instance of a
 * subclass that only swaps the runtime layer it instantiates. The subclasses add no fields, so DL4J's JSON, which
 * records the class name and the fields, restores them as they were.
 */
public final class ConfCopy {
    private ConfCopy() {
    }

    public static <T extends org.deeplearning4j.nn.conf.layers.Layer> T into(T target,
                                                                    org.deeplearning4j.nn.conf.layers.Layer built) {
        if (!built.getClass().isInstance(target)) {
            throw new IllegalArgumentException(target.getClass() + " does not extend " + built.getClass());
        }
        try {
            for (Class<?> c = built.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers())) {
                        f.setAccessible(true);
                        f.set(target, f.get(built));
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot copy the configuration of " + built.getClass(), e);
        }
        return target;
    }
}
