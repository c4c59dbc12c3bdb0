package com.example.api;

/** Removes expired cards every night. */
public abstract class NightlySweep implements Runnable { // expect: context/undocumented-public-api "Public abstract class 'NightlySweep' has no Javadoc on public methods run(), sweep(String):"

    // Runnable is not in the repository: what it declares is not known here
    public void run() {
        sweep("all");
    }

    public abstract void sweep(String customer);
}
