package nl.verbinder.shared;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list of the API, in the HAL shape that the NL API Design Rules and Haal
 * Centraal use: the items under {@code _embedded} with the list's name, the links
 * {@code self}, {@code first}, {@code prev}, {@code next} and {@code last} under
 * {@code _links} (each keeping the request's other query parameters), and where this page
 * stands in {@code pagina}. Made by {@link Paging#page}.
 */
@JsonPropertyOrder({ "_links", "_embedded", "pagina" })
public record Paged<T>(@JsonProperty("_links") Links links, @JsonProperty("_embedded") Map<String, List<T>> embedded,
		PageInfo pagina) {

	/** A link: a path with its query, relative to the server. */
	public record Link(String href) {
	}

	/** The links of a page; {@code prev} and {@code next} only where there is one. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Links(Link self, Link first, @Nullable Link prev, @Nullable Link next, Link last) {
	}

	/**
	 * Where the page stands: its number (from 1), its size, how many items the whole list
	 * holds and in how many pages.
	 */
	public record PageInfo(int nummer, int grootte, long totaalAantal, long aantalPaginas) {
	}

	/** The same page with each item made into another (e.g. its resource). */
	public <R> Paged<R> map(Function<? super T, ? extends R> resource) {
		Map<String, List<R>> mapped = new LinkedHashMap<>();
		embedded.forEach((name, items) -> mapped.put(name, items.stream().<R>map(resource).toList()));
		return new Paged<>(links, mapped, pagina);
	}

	/** The items of this page. */
	@JsonIgnore
	public List<T> items() {
		return embedded.values().stream().findFirst().orElse(List.of());
	}

}
