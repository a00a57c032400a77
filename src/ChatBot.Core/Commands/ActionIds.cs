namespace ChatBot.Core.Commands;

/// <summary>Builds and parses button action ids of the form "prefix:arg1:arg2" (≤ 100 characters, ':' not allowed in args).</summary>
public static class ActionIds
{
    public static string Create(string prefix, params string[] arguments)
    {
        var id = string.Join(':', [prefix, .. arguments]);
        if (id.Length > ReplyButton.MaxActionIdLength || arguments.Any(a => a.Contains(':', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"action id '{id}' is longer than {ReplyButton.MaxActionIdLength} characters or has ':' inside an argument", nameof(arguments));
        }

        return id;
    }

    public static (string Prefix, string[] Arguments) Parse(string actionId)
    {
        var parts = actionId.Split(':');
        return (parts[0], parts[1..]);
    }
}
