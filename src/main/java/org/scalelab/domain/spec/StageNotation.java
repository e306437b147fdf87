package org.scalelab.domain.spec;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * The one-line stage notation, in the spirit of timm's block strings:
 * <pre>
 *   ir_r2_k3_s2_e6_c24_se0.25_swish
 *   │  │  │  │  │  │   │      └ activation (relu, relu6, swish)
 *   │  │  │  │  │  │   └ squeeze-excitation ratio (omitted when 0)
 *   │  │  │  │  │  └ output channels (required)
 *   │  │  │  │  └ expansion ratio (ir, er, bt only, and required there)
 *   │  │  │  └ stride of the first block      (default 1)
 *   │  │  └ kernel size                         (default 3)
 *   │  └ repeats                                (default 1)
 *   └ block type: cn conv, ir MBConv, er Fused-MBConv, rb ResNet basic, bt ResNet bottleneck
 * </pre>
 * Tokens after the type may come in any order; {@link #format} prints the canonical order, and
 * {@code parse(format(s)) == s} for every valid stage.
 */
public final class StageNotation {
    private StageNotation() {
    }

    public static String format(StageSpec s) {
        StringBuilder b = new StringBuilder(40)
                .append(s.type().code())
                .append("_r").append(s.repeats())
                .append("_k").append(s.kernel())
                .append("_s").append(s.stride());
        if (s.type().usesExpansion()) {
            b.append("_e").append(number(s.expandRatio()));
        }
        b.append("_c").append(s.outChannels());
        if (s.seRatio() > 0) {
            b.append("_se").append(number(s.seRatio()));
        }
        return b.append('_').append(s.activation().label()).toString();
    }

    /**
     * Parses one stage. Errors are {@link SpecException}s whose field is the token at fault, e.g.
     * {@code k4: 4 is even; kernels must be odd}.
     */
    public static StageSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SpecException("", "empty stage notation; expected something like ir_r2_k3_s2_e6_c24_se0.25_swish");
        }
        String[] tokens = text.trim().split("_", -1); // -1: a trailing "_" is an empty token, not nothing
        BlockType type = BlockType.fromCode(tokens[0], tokens[0]);
        int repeats = 1;
        int kernel = 3;
        int stride = 1;
        Double expand = null;
        Integer channels = null;
        double se = 0;
        Activation activation = null;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < tokens.length; i++) {
            String tok = tokens[i];
            if (tok.isEmpty()) {
                throw located(text, "empty token (two underscores in a row, or one at the end?)");
            }
            if (Activation.isName(tok)) {
                requireFirst(seen, "activation", tok);
                activation = Activation.parse(tok, tok);
                continue;
            }
            String key = tok.startsWith("se") ? "se" : tok.substring(0, 1);
            String value = tok.substring(key.length());
            requireFirst(seen, key, tok);
            switch (key) {
                case "r" -> repeats = integer(tok, value);
                case "k" -> kernel = integer(tok, value);
                case "s" -> stride = integer(tok, value);
                case "e" -> expand = decimal(tok, value);
                case "c" -> channels = integer(tok, value);
                case "se" -> se = decimal(tok, value);
                default -> throw located(tok, "unknown token; expected r, k, s, e, c, se or an activation ("
                        + Activation.names() + ")");
            }
        }
        if (channels == null) {
            throw located(text, "output channels missing (add a token like c24)");
        }
        if (expand == null && type.usesExpansion()) {
            // No default: MBConv uses 1 or 6, a ResNet bottleneck 0.25, and a wrong guess changes the size several-fold.
            throw located(text, "expansion ratio missing (add a token like " + (type == BlockType.RESNET_BOTTLENECK
                    ? "e0.25, the bottleneck width of ResNet-50)" : "e6, or e1 for no expansion)"));
        }
        if (activation == null) {
            activation = defaultActivation(type);
        }
        try {
            return new StageSpec(type, repeats, kernel, stride, expand == null ? 1 : expand, channels, se, activation);
        } catch (SpecException e) {
            throw located(tokenOf(e.field()) + " in " + text, e.problem());
        }
    }

    /**
     * Notation errors carry their location in the message (the token, or the token and the whole text) and
     * leave the field empty, so a JSON reader can put {@code stages[3]: } in front without a dotted path.
     */
    private static SpecException located(String where, String problem) {
        return new SpecException("", where + ": " + problem);
    }

    /** swish for MBConv-style blocks, relu otherwise. */
    public static Activation defaultActivation(BlockType type) {
        return type == BlockType.MBCONV || type == BlockType.FUSED_MBCONV ? Activation.SWISH : Activation.RELU;
    }

    private static String tokenOf(String field) {
        return switch (field) {
            case "repeats" -> "r";
            case "kernel" -> "k";
            case "stride" -> "s";
            case "expandRatio" -> "e";
            case "outChannels" -> "c";
            case "seRatio" -> "se";
            default -> field;
        };
    }

    private static void requireFirst(Set<String> seen, String key, String token) {
        if (!seen.add(key)) {
            throw located(token, "'" + key + "' is given twice");
        }
    }

    /** ASCII digits only: Java's parsers also take a sign, other scripts' digits and exponents. */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile("[0-9]{1,9}");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[0-9]{0,9}(\\.[0-9]{1,30})?");

    private static int integer(String token, String value) {
        if (!WHOLE.matcher(value).matches()) {
            throw located(token, "'" + value + "' is not a whole number (digits 0-9, at most 9)");
        }
        return Integer.parseInt(value);
    }

    private static double decimal(String token, String value) {
        if (value.isEmpty() || !DECIMAL.matcher(value).matches()) {
            throw located(token, "'" + value + "' is not a number like 6 or 0.25");
        }
        return Double.parseDouble(value);
    }

    /** Shortest decimal that parses back to the same double: 6, 0.25, 1.5. */
    static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }
}
