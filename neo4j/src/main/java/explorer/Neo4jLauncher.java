package explorer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community in this JVM with Bolt on 127.0.0.1, so the explorer needs no separate install.
 * Usage: Neo4jLauncher <dataDir> <boltPort> [pageCacheMiB]. Prints "READY <port>" once Bolt accepts
 * connections. Stops cleanly on SIGTERM/SIGINT and when its parent closes stdin, so a dead parent
 * never leaves an orphan JVM holding the store lock.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Neo4jLauncher <dataDir> <boltPort> [pageCacheMiB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMiB = args.length > 2 ? Long.parseLong(args[2]) : 512;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024 * 1024)
                // A runaway query is cut off by the server too, not only by the driver's timeout.
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database("neo4j");
        while (!db.isAvailable(1000)) {
            System.out.println("WAITING");
        }
        System.out.println("READY " + port);
        System.out.flush();
        exitWhenStdinCloses();
    }

    private static void exitWhenStdinCloses() {
        InputStream in = System.in;
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Input is ignored; only end-of-stream matters.
            }
        } catch (IOException ignored) {
            // A broken pipe means the parent is gone: shut down like on EOF.
        }
        System.exit(0);
    }
}
