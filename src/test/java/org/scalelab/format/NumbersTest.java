package org.scalelab.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalelab.domain.stats.SeedStats;

/** One way to write each quantity; these are the CLI's formats, which the window, CSV files and reports share. */
class NumbersTest {

    @Test
    void countsInTheUnitThatKeepsThemReadable() {
        assertEquals("999", Numbers.count(999));
        assertEquals("54.8 k", Numbers.count(54_778));
        assertEquals("1.95 M", Numbers.count(1_950_592));
        assertEquals("385.81 M", Numbers.count(385_806_296));
        assertEquals("386.00 M", Numbers.count(386_000_000));
        assertEquals("4.089 G", Numbers.count(4_089_184_256L));
        assertEquals("5,288,548", Numbers.grouped(5_288_548));
    }

    @Test
    void bytesInMebibytesOrGibibytes() {
        assertEquals("812.3 MiB", Numbers.bytes(Math.round(812.3 * (1 << 20))));
        assertEquals("3.21 GiB", Numbers.bytes(Math.round(3.21 * (1L << 30))));
    }

    @Test
    void coefficientsAsTypedAndFractionsWithFourDecimals() {
        assertEquals("1.15", Numbers.coefficient(1.15));
        assertEquals("2", Numbers.coefficient(2.0));
        assertEquals("-0.07", Numbers.coefficient(-0.07));
        assertEquals("1.150", Numbers.decimal(1.15));
        assertEquals("0.8440", Numbers.fraction(0.844));
        assertEquals("-", Numbers.fraction(Double.NaN));
    }

    @Test
    void accuraciesInPercentWithTheSpreadOfSeeds() {
        assertEquals("84.4 %", Numbers.percent(0.844));
        assertEquals(Numbers.NONE, Numbers.percent(Double.NaN));
        assertEquals("84.0 % (1)", Numbers.accuracy(SeedStats.of(0.84)));
        assertEquals("85.0 ± 1.0 % (3)", Numbers.accuracy(SeedStats.of(0.84, 0.85, 0.86)));
        assertEquals("–", Numbers.accuracy(null));
    }

    @Test
    void durationsAndPlurals() {
        assertEquals("42 s", Numbers.duration(42.4));
        assertEquals("89 s", Numbers.duration(89));
        assertEquals("3 min", Numbers.duration(185));
        assertEquals("1 h 02 min", Numbers.duration(3720));
        assertEquals("1 epoch", Numbers.plural(1, "epoch", "epochs"));
        assertEquals("3 epochs", Numbers.plural(3, "epoch", "epochs"));
    }
}
