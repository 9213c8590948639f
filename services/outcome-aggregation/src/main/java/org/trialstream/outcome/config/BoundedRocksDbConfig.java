package org.trialstream.outcome.config;

import java.util.Map;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One memory bound for every RocksDB store of the instance (Kafka Streams' documented recipe): a shared block cache
 * that also holds the index and filter blocks and is charged with the memtables. By default each store of each
 * partition (seven stores, six partitions here) gets a 50 MB cache and up to three 16 MB memtables of its own, which
 * took the process's resident memory to 500 MB over a platform's worth of visits; the service's goal is 300 MB.
 */
public class BoundedRocksDbConfig implements RocksDBConfigSetter {

	/** Block cache and memtables together, off the heap. */
	static final long TOTAL_BYTES = 64L * 1024 * 1024;

	static final long MEMTABLE_BYTES = 32L * 1024 * 1024;

	private static final double INDEX_FILTER_BLOCK_RATIO = 0.1;

	/** Created on first use, once RocksDB's native library is loaded (Streams instantiates this class earlier). */
	private static final class Shared {

		static {
			RocksDB.loadLibrary();
		}

		static final Cache CACHE = new LRUCache(TOTAL_BYTES, -1, false, INDEX_FILTER_BLOCK_RATIO);

		static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(MEMTABLE_BYTES, CACHE);

	}

	@Override
	public void setConfig(String storeName, Options options, Map<String, Object> configs) {
		BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
		table.setBlockCache(Shared.CACHE);
		table.setCacheIndexAndFilterBlocks(true);
		table.setCacheIndexAndFilterBlocksWithHighPriority(true);
		table.setPinTopLevelIndexAndFilter(true);
		options.setWriteBufferManager(Shared.WRITE_BUFFERS);
		options.setTableFormatConfig(table);
	}

	@Override
	public void close(String storeName, Options options) {
		// The cache and the write buffer manager are shared by every store and live as long as the process.
	}

}
