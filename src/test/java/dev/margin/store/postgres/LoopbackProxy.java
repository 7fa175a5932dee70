package dev.margin.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on loopback between Margin and the test server, which the fault tests use as the network: it forwards
 * bytes both ways until told to {@link #cutAll() cut every connection} (a router restarted, a VPN dropped: both ends
 * see the connection reset) or to {@link #blackhole() stop forwarding} (a partition: connections stay open and new
 * ones are accepted, but nothing gets through; what was sent waits, as in a real network, until
 * {@link #restore()}). Plain sockets and two daemon threads per connection.
 */
final class LoopbackProxy implements AutoCloseable {
    private final int target;
    private final ServerSocket listening;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final Object gate = new Object();
    private volatile boolean blackholed;
    private volatile boolean closed;

    LoopbackProxy(int target) throws IOException {
        this.target = target;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Resets every connection open through the proxy; new connections are forwarded again at once. */
    void cutAll() {
        for (Socket socket : open) {
            closeQuietly(socket);
        }
        open.clear();
    }

    /** Stops forwarding: connections (old and new) stay open and nothing passes, until {@link #restore()}. */
    void blackhole() {
        blackholed = true;
    }

    /** Forwards again, first what waited. */
    void restore() {
        synchronized (gate) {
            blackholed = false;
            gate.notifyAll();
        }
    }

    /** How many connections are open through the proxy. */
    int openConnections() {
        return (int) open.stream().filter(socket -> !socket.isClosed()).count();
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listening.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), target);
                } catch (IOException refused) {
                    closeQuietly(client); // the server is down: the client sees its connection closed
                    continue;
                }
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pump(client, server, "proxy-up");
                pump(server, client, "proxy-down");
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, String name) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    waitWhileBlackholed();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // one end was closed or cut: close the other, as a connection reset would
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void waitWhileBlackholed() throws InterruptedException {
        synchronized (gate) {
            while (blackholed && !closed) {
                gate.wait(200);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        restore();
        closeQuietly(listening);
        cutAll();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed or reset: what we wanted
        }
    }
}
