package dev.studybot.chat.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Typed text and a platform form's options read by one declaration, checked in one order into typed values: a
 * made-up command with a subcommand typed or assumed, word parameters in any order and a rest parameter.
 */
class CommandLineTest {

    /** A word parameter recognised by its shape: a number with a leading {@code #}. */
    private static final ParameterType<Integer> TICKET = new ParameterType<>() {
        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public Layout layout() {
            return Layout.WORD;
        }

        @Override
        public boolean claims(String word) {
            return word.startsWith("#");
        }

        @Override
        public Parsed<Integer> read(String text) {
            return text.matches("#\\d{1,3}") ? Parsed.value(Integer.parseInt(text.substring(1)))
                    : Parsed.invalid(Phrase.of("bad.ticket", text));
        }

        @Override
        public Optional<Phrase> givenTwice() {
            return Optional.of(Phrase.of("two.tickets"));
        }
    };

    static final Parameter<Integer> COUNT = Parameter.optional("count", new IntegerType(1, 20)).withDefault(5);
    static final Parameter<Integer> SECONDS = Parameter.optional("seconds", new IntegerType(10, 120))
            .withDefault(30);
    static final Parameter<Integer> NUMBER = Parameter.optional("ticket", TICKET);
    static final Parameter<String> NOTE = Parameter.optional("note", TextType.upTo(10));
    static final Subcommand PLAY = Subcommand.of("play", COUNT, SECONDS);
    static final Subcommand FILE = Subcommand.of("file", NUMBER, NOTE).alsoCalled("记").forAdmins()
            .withUsage(Phrase.of("file.usage"));
    static final Subcommand LOOK = Subcommand.of("look");
    static final CommandSpec SPEC = CommandSpec.named("game").implicitly(PLAY).subcommand(FILE).subcommand(LOOK)
            .usage(Phrase.of("game.usage")).adminOnly(Phrase.of("game.adminOnly")).build();

    private static CallReader.Result typed(String text, boolean admin) {
        CommandLine.Reading reading = CommandLine.read(SPEC, text);
        CommandCall call = assertInstanceOf(CommandLine.Reading.Call.class, reading, text).call();
        return CallReader.read(SPEC, call, () -> admin);
    }

    private static Arguments accepted(CallReader.Result result) {
        return assertInstanceOf(CallReader.Result.Accepted.class, result).arguments();
    }

    private static List<Phrase> refused(CallReader.Result result) {
        return assertInstanceOf(CallReader.Result.Refused.class, result).reply();
    }

    @Test
    void aFirstWordThatNamesNoSubcommandMeansTheImplicitOne() {
        Arguments args = accepted(typed("7 45", false));
        assertEquals(7, args.value(COUNT));
        assertEquals(45, args.value(SECONDS));
        Arguments defaults = accepted(typed("", false));
        assertEquals(5, defaults.value(COUNT), "the declared default");
        assertEquals(false, defaults.given(COUNT));
    }

    @Test
    void outOfRangeUnreadableOrExtraWordsGetTheUsage() {
        assertEquals(List.of(Phrase.of("game.usage")), refused(typed("0", false)));
        assertEquals(List.of(Phrase.of("game.usage")), refused(typed("7 45 9", false)), "a third number");
        assertEquals(List.of(Phrase.of("game.usage")), refused(typed("99999999999", false)));
        assertInstanceOf(CommandLine.Reading.Unexpected.class, CommandLine.read(SPEC, "7 dogs"));
    }

    @Test
    void wordParametersComeInAnyOrderAndTheRestIsText() {
        Arguments args = accepted(typed("file a note #12", true));
        assertEquals(12, args.value(NUMBER));
        assertEquals("a note", args.value(NOTE));
        assertEquals(accepted(typed("记 #12 a note", true)).get(NUMBER), args.get(NUMBER), "by its other name");
    }

    @Test
    void aBadValueSaysWhyAndATwiceGivenWordSaysSo() {
        assertEquals(List.of(Phrase.of("bad.ticket", "#1234")), refused(typed("file #1234", true)));
        assertEquals(List.of(Phrase.of("two.tickets")), refused(typed("file #1 #2", true)));
        assertEquals(List.of(Phrase.of("bad.ticket", "#x")), refused(typed("file #1 #x", true)),
                "each value is read before the second is refused");
        assertEquals(List.of(Phrase.of("file.usage")), refused(typed("file #1 a note far too long", true)),
                "the subcommand's own usage");
    }

    @Test
    void adminOnlySubcommandsAreRefusedToMembersBeforeTheirValuesAreRead() {
        assertEquals(List.of(Phrase.of("game.adminOnly")), refused(typed("file #1234", false)));
        assertInstanceOf(CallReader.Result.Accepted.class, typed("look whatever follows", false),
                "a subcommand without parameters ignores what follows it, and anyone may run it");
    }

    @Test
    void aFormsTypedOptionsAreCheckedTheSameWay() {
        CommandCall play = CommandCall.of("game", Optional.of("play")).option("count", Input.number(12)).build();
        assertEquals(12, accepted(CallReader.read(SPEC, play, () -> false)).value(COUNT));
        CommandCall tooMany = CommandCall.of("game", Optional.of("play")).option("count", Input.number(21)).build();
        assertEquals(List.of(Phrase.of("game.usage")), refused(CallReader.read(SPEC, tooMany, () -> false)));
        CommandCall unknown = CommandCall.of("game", Optional.of("pause")).build();
        assertEquals(List.of(Phrase.of("input.unknownSubcommand", "pause"), Phrase.of("game.usage")),
                refused(CallReader.read(SPEC, unknown, () -> false)));
        assertEquals(Map.of(), CommandCall.of("game", Optional.empty()).build().inputs());
    }

    @Test
    void aCommandWithoutAnImplicitSubcommandNamesTheUnknownWord() {
        CommandSpec strict = CommandSpec.named("strict").subcommand(LOOK).unknownSubcommand("strict.unknown").build();
        assertEquals(new CommandLine.Reading.UnknownSubcommand("peek"), CommandLine.read(strict, "peek now"));
        CommandCall bare = assertInstanceOf(CommandLine.Reading.Call.class, CommandLine.read(strict, "")).call();
        assertEquals(Optional.empty(), bare.subcommand(), "the bare command, for the command to decide");
    }
}
