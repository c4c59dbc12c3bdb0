package com.example.shop.util;

import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.Date;

public final class DateUtils { // expect: testing/untested-class // expect: context/undocumented-public-api

    private DateUtils() {
    }

    public static String format(Date date) {
        return new SimpleDateFormat("yyyy-MM-dd").format(date);
    }

    public static boolean isInMonth(Date date, int year, int month) {
        Calendar calendar = Calendar.getInstance();
        calendar.setTime(date);
        return calendar.get(Calendar.YEAR) == year && calendar.get(Calendar.MONTH) + 1 == month;
    }

    public static String monthName(int month) {
        String[] names = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
        return names[month - 1];
    }
}
