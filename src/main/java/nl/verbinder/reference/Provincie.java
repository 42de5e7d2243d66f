package nl.verbinder.reference;

public record Provincie(String code, String naam) {
}
