package com.example;

class ReportJobTest {

    void testCodeIsOutOfScope() {
        try {
            new ReportJob().run();
        } catch (Exception e) {
            System.out.println(e);
        }
    }
}
