package org.trialstream.sitecapture.enrolment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.trialstream.protocol.TrialProtocol.Arm;

/**
 * A site's randomisation list in permuted blocks that honour the allocation ratio: each block holds every arm
 * {@code ratio x m} times in random order, with the block multiplier m drawn from 1 or 2 so the next allocation cannot
 * be guessed at the end of a block. The list is a pure function of the secret seed, the trial and the site, like a
 * list an unblinded statistician generates in advance; subject number n gets entry n, so the list survives restarts.
 */
public final class RandomisationList {

	private final List<String> unitBlock;

	private final SplittableRandom random;

	private final List<String> entries = new ArrayList<>();

	public RandomisationList(List<Arm> arms, String secret, String trialId, String siteId) {
		List<String> block = new ArrayList<>();
		for (Arm arm : arms) {
			for (int i = 0; i < arm.ratio(); i++) {
				block.add(arm.code());
			}
		}
		if (block.isEmpty()) {
			throw new IllegalArgumentException("No arm has a positive ratio in " + trialId);
		}
		this.unitBlock = List.copyOf(block);
		this.random = new SplittableRandom(seed(secret, trialId, siteId));
	}

	/** The arm of the site's subject number {@code subjectNumber} (1-based). */
	public synchronized String armFor(int subjectNumber) {
		if (subjectNumber < 1) {
			throw new IllegalArgumentException("Subject numbers start at 1");
		}
		while (entries.size() < subjectNumber) {
			appendBlock();
		}
		return entries.get(subjectNumber - 1);
	}

	/** Size of the smallest block: the list is balanced to the ratio after every block. */
	public int unitBlockSize() {
		return unitBlock.size();
	}

	private void appendBlock() {
		List<String> block = new ArrayList<>();
		int multiplier = 1 + random.nextInt(2);
		for (int i = 0; i < multiplier; i++) {
			block.addAll(unitBlock);
		}
		for (int i = block.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			String swap = block.get(i);
			block.set(i, block.get(j));
			block.set(j, swap);
		}
		entries.addAll(block);
	}

	private static long seed(String secret, String trialId, String siteId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((secret + "\n" + trialId + "\n" + siteId).getBytes(StandardCharsets.UTF_8));
			long seed = 0;
			for (int i = 0; i < 8; i++) {
				seed = (seed << 8) | (digest[i] & 0xff);
			}
			return seed;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
