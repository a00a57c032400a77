using System.Text.Json.Nodes;

namespace ChatBot.IntegrationTests.Discord.Support;

/// <summary>Interaction payloads in the documented shapes (receiving-and-responding "Interaction Structure").</summary>
internal static class Payloads
{
    public const string ApplicationId = "100000000000000001";
    public const string GuildId = "300000000000000001";
    public const string ChannelId = "400000000000000001";
    public const string MessageId = "500000000000000001";
    public const string UserId = "600000000000000001";
    public const string TokenPrefix = "aW50ZXJhY3Rpb246c2VjcmV0";

    private static long counter;

    public static string NextId() => (200000000000000000 + Interlocked.Increment(ref counter)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static JsonObject Ping() => new() { ["id"] = NextId(), ["application_id"] = ApplicationId, ["type"] = 1, ["token"] = Token(), ["version"] = 1 };

    public static JsonObject Command(string name, params JsonNode[] options) => Interaction(2, new JsonObject
    {
        ["id"] = "700000000000000001",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options]),
    });

    public static JsonObject Autocomplete(string name, params JsonNode[] options) => Interaction(4, new JsonObject
    {
        ["id"] = "700000000000000001",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options]),
    });

    public static JsonObject Button(string customId, string? messageId = MessageId)
    {
        var interaction = Interaction(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });
        if (messageId is not null)
        {
            interaction["message"] = new JsonObject { ["id"] = messageId, ["channel_id"] = ChannelId, ["content"] = "" };
        }

        return interaction;
    }

    public static JsonObject ModalSubmit(string customId, IReadOnlyDictionary<string, string> values, string? messageId = null)
    {
        var rows = new JsonArray([.. values.Select(v => (JsonNode)new JsonObject
        {
            ["type"] = 1,
            ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = v.Key, ["value"] = v.Value }),
        })]);
        var interaction = Interaction(5, new JsonObject { ["custom_id"] = customId, ["components"] = rows });
        if (messageId is not null)
        {
            interaction["message"] = new JsonObject { ["id"] = messageId };
        }

        return interaction;
    }

    public static JsonObject Option(string name, int type, JsonNode? value, bool focused = false)
    {
        var option = new JsonObject { ["name"] = name, ["type"] = type, ["value"] = value };
        if (focused)
        {
            option["focused"] = true;
        }

        return option;
    }

    public static JsonObject Subcommand(string name, params JsonNode[] options) =>
        new() { ["name"] = name, ["type"] = 1, ["options"] = new JsonArray([.. options]) };

    public static JsonObject Member(string permissions = "2048", params string[] roles) => new()
    {
        ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "researcher", ["global_name"] = "Researcher" },
        ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
        ["permissions"] = permissions,
        ["nick"] = null,
    };

    /// <summary>Turns a guild interaction into a DM one: <c>user</c> instead of <c>member</c>, no guild.</summary>
    public static JsonObject InDirectMessage(this JsonObject interaction)
    {
        interaction.Remove("member");
        interaction.Remove("guild_id");
        interaction["user"] = new JsonObject { ["id"] = UserId, ["username"] = "researcher" };
        return interaction;
    }

    private static JsonObject Interaction(int type, JsonObject data) => new()
    {
        ["id"] = NextId(),
        ["application_id"] = ApplicationId,
        ["type"] = type,
        ["data"] = data,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["channel"] = new JsonObject { ["id"] = ChannelId, ["type"] = 0 },
        ["member"] = Member(),
        ["token"] = Token(),
        ["version"] = 1,
        ["app_permissions"] = "442368",
        ["locale"] = "en-US",
    };

    private static string Token() => $"{TokenPrefix}{NextId()}";
}
