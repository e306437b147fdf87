package org.scalelab.domain.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * The one JSON reader for files users write (specs, projects, recipes): a key given twice and anything after the
 * closing brace are errors rather than "last one wins" and "ignored", and the parser's limits are set for files
 * of this kind, so a hostile file is refused with a sentence instead of exhausting the stack or the memory.
 * Errors are {@link IllegalArgumentException}s whose message says what and where (line and column).
 */
public final class StrictJson {
    /** Specs nest three levels, projects five. */
    public static final int MAX_DEPTH = 64;
    /** The longest string a spec or project needs is a description; a megabyte is generous. */
    public static final int MAX_STRING = 1 << 20;
    /** Digits in one number: enough for any double or long, too few to make number parsing slow. */
    public static final int MAX_NUMBER = 100;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING)
                    .maxNumberLength(MAX_NUMBER)
                    .maxNameLength(1000)
                    .build())
            .build();
    /** Shared by the readers and writers of the formats above. */
    public static final ObjectMapper MAPPER = new ObjectMapper(FACTORY).enable(SerializationFeature.INDENT_OUTPUT);

    private StrictJson() {
    }

    /** One JSON value and nothing after it; an empty text is an error too. */
    public static JsonNode read(String json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            if (p.nextToken() == null) {
                throw new IllegalArgumentException("empty; expected a JSON object");
            }
            JsonNode root = MAPPER.readTree(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("content after the end of the JSON value" + at(p.currentTokenLocation())
                        + "; one file holds one object");
            }
            refuseBrokenText(root);
            return root;
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException("not a file ScaleLab reads: " + constraint(e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage());
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("not a file ScaleLab reads: nested too deeply");
        }
    }

    /**
     * A \\uD800 escape without its partner is valid JSON but no text: stored in SQLite (as UTF-8) it would come back
     * as '?', and a name would silently change between saving and reading.
     */
    private static void refuseBrokenText(JsonNode node) {
        if (node.isTextual() && !wellFormed(node.textValue())) {
            throw new IllegalArgumentException("a string with half a \\u surrogate pair: " + node);
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!wellFormed(e.getKey())) {
                throw new IllegalArgumentException("a field name with half a \\u surrogate pair");
            }
            refuseBrokenText(e.getValue());
        }
        if (node.isArray()) {
            node.forEach(StrictJson::refuseBrokenText);
        }
    }

    /** No unpaired UTF-16 surrogate. */
    public static boolean wellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String at(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's constraint messages name its own API; say what the limit means for a file instead. */
    private static String constraint(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        if (m.contains("String value length")) {
            return "a string longer than " + MAX_STRING + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER + " digits";
        }
        if (m.contains("Name length")) {
            return "a field name longer than 1000 characters";
        }
        return m;
    }
}
