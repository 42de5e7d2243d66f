package nl.verbinder.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which page of a list, in which order, the caller of the API asks for (NL API Design
 * Rules: {@code page} from 1, {@code pageSize}, {@code sort}): checked before a handler
 * sees it, so a handler only reads the page and counts. It also knows the request's path
 * and other query parameters, for the links of the {@link Paged} answer.
 */
public final class Paging {

	/** The page size when the caller does not give one. */
	public static final int DEFAULT_SIZE = 20;

	/** The largest page size a caller may ask for. */
	public static final int MAX_SIZE = 100;

	/** The highest page number accepted (beyond it no list of this region reaches). */
	public static final int MAX_PAGE = 100_000;

	/**
	 * One sort key: a property name of the resource, descending when asked with a minus.
	 */
	public record Order(String field, boolean descending) {

		public Order {
			Objects.requireNonNull(field);
		}

	}

	private final int page;

	private final int pageSize;

	private final List<Order> sort;

	private final String path;

	private final Map<String, List<String>> query;

	/**
	 * @param page the page, from 1
	 * @param pageSize how many items a page holds (a caller of the API may ask at most
	 * {@link #MAX_SIZE})
	 * @param sort the sort keys, checked against the list's {@link Sorting}
	 * @param path the request's path (encoded, as it arrived)
	 * @param query the request's query parameters (decoded), kept in the links
	 */
	public Paging(int page, int pageSize, List<Order> sort, String path, Map<String, List<String>> query) {
		if (page < 1 || pageSize < 1) {
			throw new IllegalArgumentException("No such page: " + page + " of size " + pageSize);
		}
		this.page = page;
		this.pageSize = pageSize;
		this.sort = List.copyOf(sort);
		this.path = path;
		this.query = new LinkedHashMap<>(query);
	}

	/** The first page of {@code pageSize} items in the list's own order, for a path. */
	public static Paging first(int pageSize, String path) {
		return new Paging(1, pageSize, List.of(), path, Map.of());
	}

	public int page() {
		return page;
	}

	public int pageSize() {
		return pageSize;
	}

	/** How many items come before this page. */
	public long offset() {
		return (long) (page - 1) * pageSize;
	}

	public List<Order> sort() {
		return sort;
	}

	/** Whether the caller asked for an order (otherwise the list's own order holds). */
	public boolean sorted() {
		return !sort.isEmpty();
	}

	/**
	 * An SQL {@code order by} list (without the words) for the asked order: each sort key
	 * as its column in {@code columns} (an SQL expression written by the caller, never
	 * the request's text), then {@code tieBreaker} (e.g. the id) so that pages never
	 * overlap. Without a sort key, {@code byDefault} comes before the tie-breaker.
	 */
	public String orderBy(Map<String, String> columns, String byDefault, String tieBreaker) {
		List<String> parts = new ArrayList<>();
		if (sort.isEmpty()) {
			if (!byDefault.isBlank()) {
				parts.add(byDefault);
			}
		}
		for (Order order : sort) {
			String column = columns.get(order.field());
			if (column == null) {
				throw new IllegalStateException("No column for sort key " + order.field());
			}
			parts.add(column + (order.descending() ? " desc nulls last" : " asc nulls last"));
		}
		parts.add(tieBreaker);
		return String.join(", ", parts);
	}

	/**
	 * The asked order for a list held in memory: each sort key's comparator in
	 * {@code fields} (reversed for descending), then {@code byDefault}, whose last step
	 * should make the order total.
	 */
	public <T> Comparator<T> comparator(Map<String, Comparator<T>> fields, Comparator<T> byDefault) {
		Comparator<T> result = null;
		for (Order order : sort) {
			Comparator<T> field = fields.get(order.field());
			if (field == null) {
				throw new IllegalStateException("No comparator for sort key " + order.field());
			}
			Comparator<T> step = order.descending() ? field.reversed() : field;
			result = result == null ? step : result.thenComparing(step);
		}
		return result == null ? byDefault : result.thenComparing(byDefault);
	}

	/** This page of a list read in full (a small, fixed list), sorted as asked. */
	public <T> Paged<T> of(String name, List<T> all, Map<String, Comparator<T>> fields, Comparator<T> byDefault) {
		List<T> sortedList = all.stream().sorted(comparator(fields, byDefault)).toList();
		int from = (int) Math.min(offset(), sortedList.size());
		int to = (int) Math.min(offset() + pageSize, sortedList.size());
		return page(name, sortedList.subList(from, to), sortedList.size());
	}

	/**
	 * The answer for this page: its items under {@code name}, the total and the links.
	 */
	public <T> Paged<T> page(String name, List<T> items, long total) {
		long pages = (total + pageSize - 1) / pageSize;
		long last = Math.max(1, pages);
		return new Paged<>(
				new Paged.Links(link(page), link(1), page > 1 ? link(Math.min(page - 1, last)) : null,
						page < pages ? link(page + 1) : null, link(last)),
				Map.of(name, List.copyOf(items)), new Paged.PageInfo(page, pageSize, total, pages));
	}

	private Paged.Link link(long number) {
		StringBuilder href = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
			String name = parameter.getKey();
			if (name.equals("page")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				href.append(separator).append(encode(name)).append('=').append(encode(value));
				separator = '&';
			}
		}
		href.append(separator).append("page=").append(number);
		return new Paged.Link(href.toString());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "page " + page + " of " + pageSize + (sort.isEmpty() ? "" : " by " + sort);
	}

}
