package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Near miss: a long test of many insert positions; long-method judges production code only. */
class ReportBuilderTest {

    @Test
    void insertsAtEveryPosition() {
        assertEquals("row 0", new ReportBuilder().row(0), "row 0 is placed at 0");
        assertEquals("row 1", new ReportBuilder().row(1), "row 1 is placed at 1");
        assertEquals("row 2", new ReportBuilder().row(2), "row 2 is placed at 2");
        assertEquals("row 3", new ReportBuilder().row(3), "row 3 is placed at 3");
        assertEquals("row 4", new ReportBuilder().row(4), "row 4 is placed at 4");
        assertEquals("row 5", new ReportBuilder().row(5), "row 5 is placed at 5");
        assertEquals("row 6", new ReportBuilder().row(6), "row 6 is placed at 6");
        assertEquals("row 7", new ReportBuilder().row(7), "row 7 is placed at 7");
        assertEquals("row 8", new ReportBuilder().row(8), "row 8 is placed at 8");
        assertEquals("row 9", new ReportBuilder().row(9), "row 9 is placed at 9");
        assertEquals("row 10", new ReportBuilder().row(10), "row 10 is placed at 10");
        assertEquals("row 11", new ReportBuilder().row(11), "row 11 is placed at 11");
        assertEquals("row 12", new ReportBuilder().row(12), "row 12 is placed at 12");
        assertEquals("row 13", new ReportBuilder().row(13), "row 13 is placed at 13");
        assertEquals("row 14", new ReportBuilder().row(14), "row 14 is placed at 14");
        assertEquals("row 15", new ReportBuilder().row(15), "row 15 is placed at 15");
        assertEquals("row 16", new ReportBuilder().row(16), "row 16 is placed at 16");
        assertEquals("row 17", new ReportBuilder().row(17), "row 17 is placed at 17");
        assertEquals("row 18", new ReportBuilder().row(18), "row 18 is placed at 18");
        assertEquals("row 19", new ReportBuilder().row(19), "row 19 is placed at 19");
        assertEquals("row 20", new ReportBuilder().row(20), "row 20 is placed at 20");
        assertEquals("row 21", new ReportBuilder().row(21), "row 21 is placed at 21");
        assertEquals("row 22", new ReportBuilder().row(22), "row 22 is placed at 22");
        assertEquals("row 23", new ReportBuilder().row(23), "row 23 is placed at 23");
        assertEquals("row 24", new ReportBuilder().row(24), "row 24 is placed at 24");
        assertEquals("row 25", new ReportBuilder().row(25), "row 25 is placed at 25");
        assertEquals("row 26", new ReportBuilder().row(26), "row 26 is placed at 26");
        assertEquals("row 27", new ReportBuilder().row(27), "row 27 is placed at 27");
        assertEquals("row 28", new ReportBuilder().row(28), "row 28 is placed at 28");
        assertEquals("row 29", new ReportBuilder().row(29), "row 29 is placed at 29");
        assertEquals("row 30", new ReportBuilder().row(30), "row 30 is placed at 30");
        assertEquals("row 31", new ReportBuilder().row(31), "row 31 is placed at 31");
        assertEquals("row 32", new ReportBuilder().row(32), "row 32 is placed at 32");
        assertEquals("row 33", new ReportBuilder().row(33), "row 33 is placed at 33");
        assertEquals("row 34", new ReportBuilder().row(34), "row 34 is placed at 34");
        assertEquals("row 35", new ReportBuilder().row(35), "row 35 is placed at 35");
        assertEquals("row 36", new ReportBuilder().row(36), "row 36 is placed at 36");
        assertEquals("row 37", new ReportBuilder().row(37), "row 37 is placed at 37");
        assertEquals("row 38", new ReportBuilder().row(38), "row 38 is placed at 38");
        assertEquals("row 39", new ReportBuilder().row(39), "row 39 is placed at 39");
        assertEquals("row 40", new ReportBuilder().row(40), "row 40 is placed at 40");
        assertEquals("row 41", new ReportBuilder().row(41), "row 41 is placed at 41");
        assertEquals("row 42", new ReportBuilder().row(42), "row 42 is placed at 42");
        assertEquals("row 43", new ReportBuilder().row(43), "row 43 is placed at 43");
        assertEquals("row 44", new ReportBuilder().row(44), "row 44 is placed at 44");
        assertEquals("row 45", new ReportBuilder().row(45), "row 45 is placed at 45");
        assertEquals("row 46", new ReportBuilder().row(46), "row 46 is placed at 46");
        assertEquals("row 47", new ReportBuilder().row(47), "row 47 is placed at 47");
        assertEquals("row 48", new ReportBuilder().row(48), "row 48 is placed at 48");
        assertEquals("row 49", new ReportBuilder().row(49), "row 49 is placed at 49");
        assertEquals("row 50", new ReportBuilder().row(50), "row 50 is placed at 50");
        assertEquals("row 51", new ReportBuilder().row(51), "row 51 is placed at 51");
        assertEquals("row 52", new ReportBuilder().row(52), "row 52 is placed at 52");
        assertEquals("row 53", new ReportBuilder().row(53), "row 53 is placed at 53");
        assertEquals("row 54", new ReportBuilder().row(54), "row 54 is placed at 54");
        assertEquals("row 55", new ReportBuilder().row(55), "row 55 is placed at 55");
        assertEquals("row 56", new ReportBuilder().row(56), "row 56 is placed at 56");
        assertEquals("row 57", new ReportBuilder().row(57), "row 57 is placed at 57");
        assertEquals("row 58", new ReportBuilder().row(58), "row 58 is placed at 58");
        assertEquals("row 59", new ReportBuilder().row(59), "row 59 is placed at 59");
        assertEquals("row 60", new ReportBuilder().row(60), "row 60 is placed at 60");
        assertEquals("row 61", new ReportBuilder().row(61), "row 61 is placed at 61");
        assertEquals("row 62", new ReportBuilder().row(62), "row 62 is placed at 62");
        assertEquals("row 63", new ReportBuilder().row(63), "row 63 is placed at 63");
        assertEquals("row 64", new ReportBuilder().row(64), "row 64 is placed at 64");
        assertEquals("row 65", new ReportBuilder().row(65), "row 65 is placed at 65");
        assertEquals("row 66", new ReportBuilder().row(66), "row 66 is placed at 66");
        assertEquals("row 67", new ReportBuilder().row(67), "row 67 is placed at 67");
        assertEquals("row 68", new ReportBuilder().row(68), "row 68 is placed at 68");
        assertEquals("row 69", new ReportBuilder().row(69), "row 69 is placed at 69");
        assertEquals("row 70", new ReportBuilder().row(70), "row 70 is placed at 70");
        assertEquals("row 71", new ReportBuilder().row(71), "row 71 is placed at 71");
        assertEquals("row 72", new ReportBuilder().row(72), "row 72 is placed at 72");
        assertEquals("row 73", new ReportBuilder().row(73), "row 73 is placed at 73");
        assertEquals("row 74", new ReportBuilder().row(74), "row 74 is placed at 74");
        assertEquals("row 75", new ReportBuilder().row(75), "row 75 is placed at 75");
        assertEquals("row 76", new ReportBuilder().row(76), "row 76 is placed at 76");
        assertEquals("row 77", new ReportBuilder().row(77), "row 77 is placed at 77");
        assertEquals("row 78", new ReportBuilder().row(78), "row 78 is placed at 78");
        assertEquals("row 79", new ReportBuilder().row(79), "row 79 is placed at 79");
    }
}
