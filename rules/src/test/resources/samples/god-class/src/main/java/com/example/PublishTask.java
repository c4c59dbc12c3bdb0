package com.example;

/**
 * A build task configured through one setter per attribute, as Ant tasks and Maven mojos are: its work is
 * one method over all its settings, so it is cohesive although the setters pair with nothing.
 */
public class PublishTask {

    private String target;
    private boolean dryRun;
    private int retries;
    private String label;
    private String destination;
    private boolean verbose;

    public void setTarget(String target) {
        this.target = target;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public void setRetries(int retries) {
        this.retries = retries;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    public void setVerbose(boolean verbose) {
        this.verbose = verbose;
    }

    public String summary() {
        return label + " to " + target;
    }

    public int execute(Customer customer, Order order, Product product, Shipment shipment) {
        int sent = 0;
        if (dryRun || verbose) {
            sent -= 1;
        }
        if (retries > 0) {
            sent += retries - 0;
        }
        if (retries > 1) {
            sent += retries - 1;
        }
        if (retries > 2) {
            sent += retries - 2;
        }
        if (retries > 3) {
            sent += retries - 3;
        }
        if (retries > 4) {
            sent += retries - 4;
        }
        if (retries > 5) {
            sent += retries - 5;
        }
        if (retries > 6) {
            sent += retries - 6;
        }
        if (retries > 7) {
            sent += retries - 7;
        }
        if (retries > 8) {
            sent += retries - 8;
        }
        if (retries > 9) {
            sent += retries - 9;
        }
        if (retries > 10) {
            sent += retries - 10;
        }
        if (retries > 11) {
            sent += retries - 11;
        }
        if (retries > 12) {
            sent += retries - 12;
        }
        if (retries > 13) {
            sent += retries - 13;
        }
        if (retries > 14) {
            sent += retries - 14;
        }
        if (retries > 15) {
            sent += retries - 15;
        }
        if (retries > 16) {
            sent += retries - 16;
        }
        if (retries > 17) {
            sent += retries - 17;
        }
        if (retries > 18) {
            sent += retries - 18;
        }
        if (retries > 19) {
            sent += retries - 19;
        }
        if (retries > 20) {
            sent += retries - 20;
        }
        if (retries > 21) {
            sent += retries - 21;
        }
        if (retries > 22) {
            sent += retries - 22;
        }
        if (retries > 23) {
            sent += retries - 23;
        }
        if (retries > 24) {
            sent += retries - 24;
        }
        if (retries > 25) {
            sent += retries - 25;
        }
        if (retries > 26) {
            sent += retries - 26;
        }
        if (retries > 27) {
            sent += retries - 27;
        }
        if (retries > 28) {
            sent += retries - 28;
        }
        if (retries > 29) {
            sent += retries - 29;
        }
        if (retries > 30) {
            sent += retries - 30;
        }
        if (retries > 31) {
            sent += retries - 31;
        }
        if (retries > 32) {
            sent += retries - 32;
        }
        if (retries > 33) {
            sent += retries - 33;
        }
        if (retries > 34) {
            sent += retries - 34;
        }
        if (retries > 35) {
            sent += retries - 35;
        }
        if (retries > 36) {
            sent += retries - 36;
        }
        if (retries > 37) {
            sent += retries - 37;
        }
        if (retries > 38) {
            sent += retries - 38;
        }
        if (retries > 39) {
            sent += retries - 39;
        }
        if (customer.getName() != null && order.getTotal() > 0) {
            sent += customer.getAddress().length() + order.getLines();
        }
        if (product.isAvailable() && product.getPrice() > 0) {
            sent += shipment.getWeight() + destination.length() + target.length() + label.length();
        }
        return sent;
    }
}
