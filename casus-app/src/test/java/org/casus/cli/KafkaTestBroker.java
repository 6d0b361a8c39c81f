package org.casus.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real Kafka broker (KRaft, one combined node) in this JVM, for the tests of {@code casus stream}
 * and {@code casus serve --stream}: topics of two partitions, a producer, the committed offsets of a
 * group. Not thread-safe; one per test class.
 */
final class KafkaTestBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;
  private final Admin admin;
  private final double startSeconds;

  private KafkaTestBroker(KafkaClusterTestKit cluster, Admin admin, double startSeconds) {
    this.cluster = cluster;
    this.admin = admin;
    this.startSeconds = startSeconds;
  }

  /** Formats and starts the broker and waits until it is ready. */
  static KafkaTestBroker start() throws Exception {
    long t0 = System.nanoTime();
    KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        // one broker: the internal topics (consumer offsets) cannot have the default 3 replicas
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    cluster.format();
    cluster.startup();
    cluster.waitForReadyBrokers();
    Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()));
    return new KafkaTestBroker(cluster, admin, (System.nanoTime() - t0) / 1e9);
  }

  /** {@code HOST:PORT} of the broker. */
  String bootstrap() {
    return cluster.bootstrapServers();
  }

  /** An admin client of the broker (closed with it). */
  Admin admin() {
    return admin;
  }

  /** Seconds from start to ready. */
  double startSeconds() {
    return startSeconds;
  }

  /** A topic of two partitions. */
  void createTopic(String topic) throws Exception {
    admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(60, TimeUnit.SECONDS);
  }

  /** The records, alternately to partitions 0 and 1. */
  void produce(String topic, List<String> records) throws Exception {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      for (int i = 0; i < records.size(); i++) {
        producer.send(new ProducerRecord<>(topic, i % 2, null, records.get(i).getBytes(StandardCharsets.UTF_8)));
      }
      producer.flush();
    }
  }

  /** The sum over partitions of the group's committed offsets (0 when it committed none). */
  long committedOffsets(String group) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> m = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
        .get(60, TimeUnit.SECONDS);
    return m.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
  }

  @Override
  public void close() throws Exception {
    admin.close();
    cluster.close();
  }
}
