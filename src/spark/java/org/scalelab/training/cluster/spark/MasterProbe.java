package org.scalelab.training.cluster.spark;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a standalone master answers on its port. Spark itself retries a missing master for a minute before it gives
 * up, and keeps a driver waiting when its master goes away; ScaleLab asks first and watches while a batch trains.
 */
final class MasterProbe {
    private static final int TIMEOUT_MILLIS = 3000;

    private MasterProbe() {
    }

    /** host:port of each master in {@code spark://H1:P1,H2:P2}. */
    static List<InetSocketAddress> addresses(String master) {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            out.add(InetSocketAddress.createUnresolved(hostPort.substring(0, colon),
                    Integer.parseInt(hostPort.substring(colon + 1))));
        }
        return out;
    }

    /** Null when some master accepts a connection; otherwise why none does. */
    static String unreachable(String master) {
        String why = null;
        for (InetSocketAddress a : addresses(master)) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a.getHostString(), a.getPort()), TIMEOUT_MILLIS);
                return null;
            } catch (IOException e) {
                why = e.getMessage() != null ? e.getMessage() : e.toString();
            }
        }
        return why;
    }

    static boolean loopback(String master) {
        try {
            for (InetSocketAddress a : addresses(master)) {
                if (!InetAddress.getByName(a.getHostString()).isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
