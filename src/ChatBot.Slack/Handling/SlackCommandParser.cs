using ChatBot.Core.Commands;

namespace ChatBot.Slack.Handling;

/// <summary>
/// Reads slash-command and mention text. Separate commands (/ask, /timeline, /sources, /abduction-help, /factcard,
/// /quiz, /reading) and the
/// umbrella form "/abduction &lt;verb&gt; …" (also used for @mentions) give the same result. Options are written
/// "key:value" (from:1977 to:2002 about:…); "public" as the first word, or --public anywhere, asks for an answer
/// everyone in the channel can see; "--" ends the options, so "/ask -- public opinion…" asks about public opinion.
/// /timeline also takes "picture" as its first or last word (or --picture, picture:yes) to attach the timeline drawn.
/// </summary>
public static class SlackCommandParser
{
    public const string Ask = CommandNames.Ask;
    public const string Timeline = CommandNames.Timeline;
    public const string Sources = CommandNames.Sources;
    public const string Help = CommandNames.Help;
    public const string Public = CommandNames.PublicOption;
    public const string FactCard = CommandNames.FactCard;
    public const string Quiz = CommandNames.Quiz;
    public const string Reading = CommandNames.Reading;
    public const string Corpus = CommandNames.Corpus;
    public const string Admin = CommandNames.Admin;
    public const string Picture = "picture";

    private static readonly Dictionary<string, string> SlashNames = new(StringComparer.OrdinalIgnoreCase)
    {
        [Ask] = Ask,
        [Timeline] = Timeline,
        [Sources] = Sources,
        ["abduction-help"] = Help,
        [Help] = Help,
        [FactCard] = FactCard,
        [Quiz] = Quiz,
        [Reading] = Reading,
        [Corpus] = Corpus,
        [Admin] = Admin,
        ["abduction-admin"] = Admin,
    };

    /// <summary>Fact-card subcommands and the option their remaining words fill.</summary>
    private static readonly Dictionary<string, string> FactCardSubcommands = new(StringComparer.OrdinalIgnoreCase)
    {
        ["show"] = "slug", ["post"] = "slug", ["edit"] = "slug", ["delete"] = "slug", ["history"] = "slug",
        ["create"] = "slug", ["list"] = "tag", ["draft"] = "topic",
    };

    private static readonly Dictionary<string, string[]> KeyedOptions = new(StringComparer.Ordinal)
    {
        [Ask] = [Public],
        [Timeline] = ["from", "to", "about", Public, Picture],
        [Sources] = ["about", Public],
        [Help] = [],
        [FactCard] = [],
        [Quiz] = [],
        [Reading] = ["topic"],
        [Corpus] = [],
        [Admin] = [],
    };

    /// <summary>Parses "/ask …", "/timeline …", "/sources …", "/abduction-help" or "/abduction &lt;verb&gt; …".</summary>
    public static ParsedCommand ParseSlash(string slashCommand, string text)
    {
        var name = slashCommand.Trim().TrimStart('/');
        return SlashNames.TryGetValue(name, out var command) ? ParseArguments(command, text) : ParseVerb(text);
    }

    /// <summary>Parses "&lt;verb&gt; …" where the verb is optional: anything else is a question.</summary>
    public static ParsedCommand ParseVerb(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new ParsedCommand(Help, new Dictionary<string, string>());
        }

        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        if (SlashNames.TryGetValue(first, out var command))
        {
            return ParseArguments(command, space < 0 ? "" : trimmed[(space + 1)..]);
        }

        return ParseArguments(Ask, trimmed);
    }

    private static ParsedCommand ParseArguments(string command, string text) => command switch
    {
        FactCard => ParseSubcommand(command, text, word => FactCardSubcommands.TryGetValue(word, out var option) ? (word.ToLowerInvariant(), option) : null, ("show", "slug")),
        Quiz => ParseSubcommand(command, text, word => word.Equals("score", StringComparison.OrdinalIgnoreCase) ? ("score", "topic") : word.Equals("start", StringComparison.OrdinalIgnoreCase) ? ("start", "topic") : null, ("start", "topic")),
        Corpus => ParseCorpus(text),
        _ => ParseOptions(command, text),
    };

    /// <summary>
    /// "/corpus add &lt;url&gt;": Slack escapes links in command text as &lt;https://…&gt; or &lt;https://…|label&gt;, and
    /// people copy "url:" from Discord; both are unwrapped to the bare address.
    /// </summary>
    private static ParsedCommand ParseCorpus(string text)
    {
        var parsed = ParseSubcommand(Corpus, text, word => word.Equals("add", StringComparison.OrdinalIgnoreCase) ? ("add", "url") : null, ("add", "url"));
        if (parsed.Options.TryGetValue("url", out var url))
        {
            url = url.StartsWith("url:", StringComparison.OrdinalIgnoreCase) ? url[4..].Trim() : url;
            if (url.StartsWith('<') && url.EndsWith('>'))
            {
                url = url[1..^1].Split('|')[0];
            }

            parsed = parsed with { Options = new Dictionary<string, string>(StringComparer.Ordinal) { ["url"] = url } };
        }

        return parsed;
    }

    /// <summary>"/factcard show the-2002-summit", "/quiz score", "/quiz sanctions": subcommand first, then its argument.</summary>
    private static ParsedCommand ParseSubcommand(string command, string text, Func<string, (string Name, string Option)?> known, (string Name, string Option) fallback)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOf(' ');
        var first = space < 0 ? trimmed : trimmed[..space];
        var (name, option) = first.Length > 0 && known(first) is { } sub ? sub : fallback;
        var rest = first.Length > 0 && known(first) is not null ? (space < 0 ? "" : trimmed[(space + 1)..].Trim()) : trimmed;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rest.Length > 0)
        {
            options[option] = rest;
        }

        return new ParsedCommand(command, options, name);
    }

    private static ParsedCommand ParseOptions(string command, string text)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new List<string>();
        var allowed = KeyedOptions[command];
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var optionsEnded = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (optionsEnded)
            {
                words.Add(token);
            }
            else if (token == "--")
            {
                optionsEnded = true;
            }
            else if (command != Help && token.Equals("--public", StringComparison.OrdinalIgnoreCase))
            {
                options[Public] = "true";
            }
            else if (command != Help && words.Count == 0 && i < tokens.Length - 1 && token.Equals(Public, StringComparison.OrdinalIgnoreCase))
            {
                options[Public] = "true";
            }
            else if (command == Timeline && IsPictureWord(token, first: words.Count == 0, last: i == tokens.Length - 1))
            {
                options[Picture] = "true";
            }
            else if (KeyedValue(token, allowed) is { } keyed && keyed.Key == PrimaryOption(command))
            {
                words.Add(keyed.Value);
            }
            else if (KeyedValue(token, allowed) is { } option)
            {
                options[option.Key] = option.Key is Public or Picture ? Flag(option.Value) : option.Value;
            }
            else
            {
                words.Add(token);
            }
        }

        if (words.Count > 0)
        {
            options[PrimaryOption(command)] = string.Join(' ', words);
        }

        return new ParsedCommand(command, options);
    }

    private static KeyValuePair<string, string>? KeyedValue(string token, string[] allowed)
    {
        var separator = token.IndexOfAny([':', '=']);
        if (separator <= 0 || separator == token.Length - 1)
        {
            return null;
        }

        var key = token[..separator].ToLowerInvariant();
        return allowed.Contains(key) ? new KeyValuePair<string, string>(key, token[(separator + 1)..]) : null;
    }

    private static bool IsPictureWord(string token, bool first, bool last) =>
        token.Equals("--" + Picture, StringComparison.OrdinalIgnoreCase) || ((first || last) && token.Equals(Picture, StringComparison.OrdinalIgnoreCase));

    private static string Flag(string value) =>
        value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" || value.Equals("no", StringComparison.OrdinalIgnoreCase) ? "false" : "true";

    private static string PrimaryOption(string command) => command switch
    {
        Ask => "question",
        Help or Reading => "topic",
        _ => "about",
    };
}
