package com.example;

import java.util.ArrayList;
import java.util.List;

/** Large and complex overall, but no method is a brain method. */
public class BigButSimple {

    private final List<Integer> part0 = new ArrayList<>();
    private final List<Integer> part1 = new ArrayList<>();
    private final List<Integer> part2 = new ArrayList<>();
    private final List<Integer> part3 = new ArrayList<>();
    private final List<Integer> part4 = new ArrayList<>();
    private final List<Integer> part5 = new ArrayList<>();
    private final List<Integer> part6 = new ArrayList<>();
    private final List<Integer> part7 = new ArrayList<>();
    private final List<Integer> part8 = new ArrayList<>();
    private final List<Integer> part9 = new ArrayList<>();
    private final List<Integer> part10 = new ArrayList<>();
    private final List<Integer> part11 = new ArrayList<>();
    private final List<Integer> part12 = new ArrayList<>();
    private final List<Integer> part13 = new ArrayList<>();
    private final List<Integer> part14 = new ArrayList<>();
    private final List<Integer> part15 = new ArrayList<>();
    private final List<Integer> part16 = new ArrayList<>();
    private final List<Integer> part17 = new ArrayList<>();
    private final List<Integer> part18 = new ArrayList<>();
    private final List<Integer> part19 = new ArrayList<>();

    public int measure0(int input) {
        int result = 0;
        if (input > 0) {
            result += part0.size() + 0;
        }
        if (input > 1) {
            result += part0.size() + 1;
        }
        if (input > 2) {
            result += part0.size() + 2;
        }
        if (input > 3) {
            result += part0.size() + 3;
        }
        result += part0.size() * 2;
        result += part0.size() * 3;
        result += part0.size() * 4;
        result += part0.size() * 5;
        result += part0.size() * 6;
        result += part0.size() * 7;
        result += part0.size() * 8;
        result += part0.size() * 9;
        return result;
    }

    public int measure1(int input) {
        int result = 0;
        if (input > 0) {
            result += part1.size() + 0;
        }
        if (input > 1) {
            result += part1.size() + 1;
        }
        if (input > 2) {
            result += part1.size() + 2;
        }
        if (input > 3) {
            result += part1.size() + 3;
        }
        result += part1.size() * 2;
        result += part1.size() * 3;
        result += part1.size() * 4;
        result += part1.size() * 5;
        result += part1.size() * 6;
        result += part1.size() * 7;
        result += part1.size() * 8;
        result += part1.size() * 9;
        return result;
    }

    public int measure2(int input) {
        int result = 0;
        if (input > 0) {
            result += part2.size() + 0;
        }
        if (input > 1) {
            result += part2.size() + 1;
        }
        if (input > 2) {
            result += part2.size() + 2;
        }
        if (input > 3) {
            result += part2.size() + 3;
        }
        result += part2.size() * 2;
        result += part2.size() * 3;
        result += part2.size() * 4;
        result += part2.size() * 5;
        result += part2.size() * 6;
        result += part2.size() * 7;
        result += part2.size() * 8;
        result += part2.size() * 9;
        return result;
    }

    public int measure3(int input) {
        int result = 0;
        if (input > 0) {
            result += part3.size() + 0;
        }
        if (input > 1) {
            result += part3.size() + 1;
        }
        if (input > 2) {
            result += part3.size() + 2;
        }
        if (input > 3) {
            result += part3.size() + 3;
        }
        result += part3.size() * 2;
        result += part3.size() * 3;
        result += part3.size() * 4;
        result += part3.size() * 5;
        result += part3.size() * 6;
        result += part3.size() * 7;
        result += part3.size() * 8;
        result += part3.size() * 9;
        return result;
    }

    public int measure4(int input) {
        int result = 0;
        if (input > 0) {
            result += part4.size() + 0;
        }
        if (input > 1) {
            result += part4.size() + 1;
        }
        if (input > 2) {
            result += part4.size() + 2;
        }
        if (input > 3) {
            result += part4.size() + 3;
        }
        result += part4.size() * 2;
        result += part4.size() * 3;
        result += part4.size() * 4;
        result += part4.size() * 5;
        result += part4.size() * 6;
        result += part4.size() * 7;
        result += part4.size() * 8;
        result += part4.size() * 9;
        return result;
    }

    public int measure5(int input) {
        int result = 0;
        if (input > 0) {
            result += part5.size() + 0;
        }
        if (input > 1) {
            result += part5.size() + 1;
        }
        if (input > 2) {
            result += part5.size() + 2;
        }
        if (input > 3) {
            result += part5.size() + 3;
        }
        result += part5.size() * 2;
        result += part5.size() * 3;
        result += part5.size() * 4;
        result += part5.size() * 5;
        result += part5.size() * 6;
        result += part5.size() * 7;
        result += part5.size() * 8;
        result += part5.size() * 9;
        return result;
    }

    public int measure6(int input) {
        int result = 0;
        if (input > 0) {
            result += part6.size() + 0;
        }
        if (input > 1) {
            result += part6.size() + 1;
        }
        if (input > 2) {
            result += part6.size() + 2;
        }
        if (input > 3) {
            result += part6.size() + 3;
        }
        result += part6.size() * 2;
        result += part6.size() * 3;
        result += part6.size() * 4;
        result += part6.size() * 5;
        result += part6.size() * 6;
        result += part6.size() * 7;
        result += part6.size() * 8;
        result += part6.size() * 9;
        return result;
    }

    public int measure7(int input) {
        int result = 0;
        if (input > 0) {
            result += part7.size() + 0;
        }
        if (input > 1) {
            result += part7.size() + 1;
        }
        if (input > 2) {
            result += part7.size() + 2;
        }
        if (input > 3) {
            result += part7.size() + 3;
        }
        result += part7.size() * 2;
        result += part7.size() * 3;
        result += part7.size() * 4;
        result += part7.size() * 5;
        result += part7.size() * 6;
        result += part7.size() * 7;
        result += part7.size() * 8;
        result += part7.size() * 9;
        return result;
    }

    public int measure8(int input) {
        int result = 0;
        if (input > 0) {
            result += part8.size() + 0;
        }
        if (input > 1) {
            result += part8.size() + 1;
        }
        if (input > 2) {
            result += part8.size() + 2;
        }
        if (input > 3) {
            result += part8.size() + 3;
        }
        result += part8.size() * 2;
        result += part8.size() * 3;
        result += part8.size() * 4;
        result += part8.size() * 5;
        result += part8.size() * 6;
        result += part8.size() * 7;
        result += part8.size() * 8;
        result += part8.size() * 9;
        return result;
    }

    public int measure9(int input) {
        int result = 0;
        if (input > 0) {
            result += part9.size() + 0;
        }
        if (input > 1) {
            result += part9.size() + 1;
        }
        if (input > 2) {
            result += part9.size() + 2;
        }
        if (input > 3) {
            result += part9.size() + 3;
        }
        result += part9.size() * 2;
        result += part9.size() * 3;
        result += part9.size() * 4;
        result += part9.size() * 5;
        result += part9.size() * 6;
        result += part9.size() * 7;
        result += part9.size() * 8;
        result += part9.size() * 9;
        return result;
    }

    public int measure10(int input) {
        int result = 0;
        if (input > 0) {
            result += part10.size() + 0;
        }
        if (input > 1) {
            result += part10.size() + 1;
        }
        if (input > 2) {
            result += part10.size() + 2;
        }
        if (input > 3) {
            result += part10.size() + 3;
        }
        result += part10.size() * 2;
        result += part10.size() * 3;
        result += part10.size() * 4;
        result += part10.size() * 5;
        result += part10.size() * 6;
        result += part10.size() * 7;
        result += part10.size() * 8;
        result += part10.size() * 9;
        return result;
    }

    public int measure11(int input) {
        int result = 0;
        if (input > 0) {
            result += part11.size() + 0;
        }
        if (input > 1) {
            result += part11.size() + 1;
        }
        if (input > 2) {
            result += part11.size() + 2;
        }
        if (input > 3) {
            result += part11.size() + 3;
        }
        result += part11.size() * 2;
        result += part11.size() * 3;
        result += part11.size() * 4;
        result += part11.size() * 5;
        result += part11.size() * 6;
        result += part11.size() * 7;
        result += part11.size() * 8;
        result += part11.size() * 9;
        return result;
    }

    public int measure12(int input) {
        int result = 0;
        if (input > 0) {
            result += part12.size() + 0;
        }
        if (input > 1) {
            result += part12.size() + 1;
        }
        if (input > 2) {
            result += part12.size() + 2;
        }
        if (input > 3) {
            result += part12.size() + 3;
        }
        result += part12.size() * 2;
        result += part12.size() * 3;
        result += part12.size() * 4;
        result += part12.size() * 5;
        result += part12.size() * 6;
        result += part12.size() * 7;
        result += part12.size() * 8;
        result += part12.size() * 9;
        return result;
    }

    public int measure13(int input) {
        int result = 0;
        if (input > 0) {
            result += part13.size() + 0;
        }
        if (input > 1) {
            result += part13.size() + 1;
        }
        if (input > 2) {
            result += part13.size() + 2;
        }
        if (input > 3) {
            result += part13.size() + 3;
        }
        result += part13.size() * 2;
        result += part13.size() * 3;
        result += part13.size() * 4;
        result += part13.size() * 5;
        result += part13.size() * 6;
        result += part13.size() * 7;
        result += part13.size() * 8;
        result += part13.size() * 9;
        return result;
    }

    public int measure14(int input) {
        int result = 0;
        if (input > 0) {
            result += part14.size() + 0;
        }
        if (input > 1) {
            result += part14.size() + 1;
        }
        if (input > 2) {
            result += part14.size() + 2;
        }
        if (input > 3) {
            result += part14.size() + 3;
        }
        result += part14.size() * 2;
        result += part14.size() * 3;
        result += part14.size() * 4;
        result += part14.size() * 5;
        result += part14.size() * 6;
        result += part14.size() * 7;
        result += part14.size() * 8;
        result += part14.size() * 9;
        return result;
    }

    public int measure15(int input) {
        int result = 0;
        if (input > 0) {
            result += part15.size() + 0;
        }
        if (input > 1) {
            result += part15.size() + 1;
        }
        if (input > 2) {
            result += part15.size() + 2;
        }
        if (input > 3) {
            result += part15.size() + 3;
        }
        result += part15.size() * 2;
        result += part15.size() * 3;
        result += part15.size() * 4;
        result += part15.size() * 5;
        result += part15.size() * 6;
        result += part15.size() * 7;
        result += part15.size() * 8;
        result += part15.size() * 9;
        return result;
    }

    public int measure16(int input) {
        int result = 0;
        if (input > 0) {
            result += part16.size() + 0;
        }
        if (input > 1) {
            result += part16.size() + 1;
        }
        if (input > 2) {
            result += part16.size() + 2;
        }
        if (input > 3) {
            result += part16.size() + 3;
        }
        result += part16.size() * 2;
        result += part16.size() * 3;
        result += part16.size() * 4;
        result += part16.size() * 5;
        result += part16.size() * 6;
        result += part16.size() * 7;
        result += part16.size() * 8;
        result += part16.size() * 9;
        return result;
    }

    public int measure17(int input) {
        int result = 0;
        if (input > 0) {
            result += part17.size() + 0;
        }
        if (input > 1) {
            result += part17.size() + 1;
        }
        if (input > 2) {
            result += part17.size() + 2;
        }
        if (input > 3) {
            result += part17.size() + 3;
        }
        result += part17.size() * 2;
        result += part17.size() * 3;
        result += part17.size() * 4;
        result += part17.size() * 5;
        result += part17.size() * 6;
        result += part17.size() * 7;
        result += part17.size() * 8;
        result += part17.size() * 9;
        return result;
    }

    public int measure18(int input) {
        int result = 0;
        if (input > 0) {
            result += part18.size() + 0;
        }
        if (input > 1) {
            result += part18.size() + 1;
        }
        if (input > 2) {
            result += part18.size() + 2;
        }
        if (input > 3) {
            result += part18.size() + 3;
        }
        result += part18.size() * 2;
        result += part18.size() * 3;
        result += part18.size() * 4;
        result += part18.size() * 5;
        result += part18.size() * 6;
        result += part18.size() * 7;
        result += part18.size() * 8;
        result += part18.size() * 9;
        return result;
    }

    public int measure19(int input) {
        int result = 0;
        if (input > 0) {
            result += part19.size() + 0;
        }
        if (input > 1) {
            result += part19.size() + 1;
        }
        if (input > 2) {
            result += part19.size() + 2;
        }
        if (input > 3) {
            result += part19.size() + 3;
        }
        result += part19.size() * 2;
        result += part19.size() * 3;
        result += part19.size() * 4;
        result += part19.size() * 5;
        result += part19.size() * 6;
        result += part19.size() * 7;
        result += part19.size() * 8;
        result += part19.size() * 9;
        return result;
    }
}
