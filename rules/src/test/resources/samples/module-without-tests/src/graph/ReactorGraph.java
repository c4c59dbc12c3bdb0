/** A script run by hand with a single-file launcher; no build compiles it. */
public class ReactorGraph {

    public static void main(String[] args) {
        System.out.println(args.length);
    }
}
