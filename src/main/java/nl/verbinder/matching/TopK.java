package nl.verbinder.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The best k items by score, ties by the smaller id; a min-heap with the worst kept at
 * the root.
 */
final class TopK<T> {

	private final Object[] items;

	private final UUID[] ids;

	private final double[] scores;

	private int size;

	TopK(int k) {
		items = new Object[k];
		ids = new UUID[k];
		scores = new double[k];
	}

	void offer(T item, UUID id, double score) {
		if (size < items.length) {
			set(size, item, id, score);
			siftUp(size++);
		}
		else if (score > scores[0] || score == scores[0] && id.compareTo(ids[0]) < 0) {
			set(0, item, id, score);
			siftDown(0);
		}
	}

	@SuppressWarnings("unchecked")
	List<T> bestFirst() {
		Object[] out = new Object[size];
		for (int n = size; n > 0; n--) {
			out[n - 1] = items[0];
			size--;
			if (size > 0) {
				set(0, items[size], ids[size], scores[size]);
				siftDown(0);
			}
		}
		List<T> list = new ArrayList<>(out.length);
		for (Object item : out) {
			list.add((T) item);
		}
		return list;
	}

	private void set(int i, Object item, UUID id, double score) {
		items[i] = item;
		ids[i] = id;
		scores[i] = score;
	}

	/** Item i ranks below item j. */
	private boolean worse(int i, int j) {
		return scores[i] < scores[j] || scores[i] == scores[j] && ids[i].compareTo(ids[j]) > 0;
	}

	private void swap(int i, int j) {
		Object item = items[i];
		UUID id = ids[i];
		double score = scores[i];
		set(i, items[j], ids[j], scores[j]);
		set(j, item, id, score);
	}

	private void siftUp(int i) {
		while (i > 0) {
			int parent = (i - 1) / 2;
			if (!worse(i, parent)) {
				return;
			}
			swap(i, parent);
			i = parent;
		}
	}

	private void siftDown(int i) {
		while (true) {
			int left = 2 * i + 1;
			if (left >= size) {
				return;
			}
			int worst = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
			if (!worse(worst, i)) {
				return;
			}
			swap(i, worst);
			i = worst;
		}
	}

}
