namespace ChatBot.Slack.Handling;

/// <summary>
/// Reads slash-command and mention text. Separate commands (/ask, /timeline, /sources, /abduction-help) and the
/// umbrella form "/abduction &lt;verb&gt; …" (also used for @mentions) give the same result. Options are written
/// "key:value" (from:1977 to:2002 about:…); "public" as the first word, or --public anywhere, asks for an answer
/// everyone in the channel can see; "--" ends the options, so "/ask -- public opinion…" asks about public opinion.
/// </summary>
public static class SlackCommandParser
{
    public const string Ask = "ask";
    public const string Timeline = "timeline";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Public = "public";

    private static readonly Dictionary<string, string> SlashNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ask"] = Ask,
        ["timeline"] = Timeline,
        ["sources"] = Sources,
        ["abduction-help"] = Help,
        ["help"] = Help,
    };

    private static readonly Dictionary<string, string[]> KeyedOptions = new(StringComparer.Ordinal)
    {
        [Ask] = [Public],
        [Timeline] = ["from", "to", "about", Public],
        [Sources] = ["about", Public],
        [Help] = [],
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

    private static ParsedCommand ParseArguments(string command, string text)
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
            else if (KeyedValue(token, allowed) is { } keyed && keyed.Key == PrimaryOption(command))
            {
                words.Add(keyed.Value);
            }
            else if (KeyedValue(token, allowed) is { } option)
            {
                options[option.Key] = option.Key == Public ? Flag(option.Value) : option.Value;
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

    private static string Flag(string value) =>
        value.Equals("false", StringComparison.OrdinalIgnoreCase) || value == "0" || value.Equals("no", StringComparison.OrdinalIgnoreCase) ? "false" : "true";

    private static string PrimaryOption(string command) => command switch
    {
        Ask => "question",
        Help => "topic",
        _ => "about",
    };
}
