using ChatBot.Core.Commands;
using ChatBot.Core.Commands.FactCards;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Commands.Quiz;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Moderation;
using ChatBot.Core.Quiz;
using ChatBot.Core.Reading;
using ChatBot.Evaluation;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Study;

/// <summary>
/// The study and fact-card commands wired as the host wires them, behind a real <see cref="CommandDispatcher"/>,
/// over the bundled corpus and a LiteDB file of their own, with a clock the test moves.
/// </summary>
internal sealed class StudyHarness : IDisposable
{
    public const string DiscordRole = "555";
    public const string SlackGroup = "S0MODS";
    public const string SlackModeratorId = "U0MOD";

    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-study-").FullName;

    public StudyHarness(int seed = 7, string? databasePath = null)
    {
        Database = new ChatBotDatabase(Options.Create(new StorageOptions { DatabasePath = databasePath ?? Path.Combine(directory, "chatbot.db") }), NullLogger<ChatBotDatabase>.Instance);
        Cards = new LiteDbFactCardStore(Database);
        Quizzes = new LiteDbQuizStore(Database);
        Log = new LiteDbModerationLog(Database);
        var policy = new ModeratorPolicy(new ModerationOptions { DiscordRoleIds = [DiscordRole], SlackUserIds = [SlackModeratorId], SlackGroupIds = [SlackGroup] });
        var audit = new ModerationAudit(Log, NullBotTelemetry.Instance, Time);
        Service = new FactCardService(Cards, Corpus, Time);
        Reviewer = new FactCardReviewer(Cards, Service, Time);
        var pending = new PendingForms(Time);
        var lookup = new FactCardLookup(Service, Cards);
        var moderation = new FactCardModeration(lookup, Cards, new FactCardDrafter(), pending, audit, Corpus);
        var submissions = new FactCardSubmissions(Service, Cards, pending, audit, Corpus);
        var quizOptions = new QuizOptions { Seed = seed, AnswerWindow = TimeSpan.FromMinutes(10) };
        var timeline = new TimelineCommandHandler(Corpus);
        Dispatcher = new CommandDispatcher(
            [
                new FactCardCommandHandler(Service, lookup, moderation, policy, audit, Corpus),
                new QuizCommandHandler(Quizzes, new QuizGenerator(TestCorpus.Analyzer), new QuizRandom(quizOptions), Service, Corpus, quizOptions, Time),
                new ReadingCommandHandler(new ReadingListBuilder(), Corpus),
                timeline,
            ],
            [new FactCardComponentHandler(Service, submissions, moderation, pending, policy, audit), new QuizComponentHandler(Quizzes, Corpus, Time), timeline],
            Telemetry);
    }

    public FailureTelemetry Telemetry { get; } = new();

    public static ChatUser DiscordModerator { get; } = new("100", "Alice", MemberPermissions.ManageMessages);
    public static ChatUser DiscordRoleModerator { get; } = new("101", "Dana", Roles: [DiscordRole]);
    public static ChatUser DiscordMember { get; } = new("200", "Bob", Roles: ["999"]);
    public static ChatUser SlackModerator { get; } = new(SlackModeratorId, "Carol");
    public static ChatUser SlackGroupModerator { get; } = new("U0GRP", "Erin", Roles: [SlackGroup]);
    public static ChatUser SlackMember { get; } = new("U0BOB", "Bob", Roles: ["S0OTHER"]);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 10, 12, 0, 0, TimeSpan.Zero));
    public CorpusIndexHolder Corpus { get; } = new(TestCorpus.Index);
    public ChatBotDatabase Database { get; }
    public LiteDbFactCardStore Cards { get; }
    public LiteDbQuizStore Quizzes { get; }
    public LiteDbModerationLog Log { get; }
    public FactCardService Service { get; }
    public FactCardReviewer Reviewer { get; }
    public CommandDispatcher Dispatcher { get; }

    public async Task<Reply> CommandAsync(ChatUser user, string command, string? subcommand = null, Dictionary<string, string>? options = null, ChatPlatform platform = ChatPlatform.Discord, string channel = "C1") =>
        NoFailure(await Dispatcher.DispatchAsync(new CommandRequest(platform, user, channel, command, options ?? [], "W1", subcommand)));

    public async Task<Reply> PressAsync(ChatUser user, string actionId, IReadOnlyDictionary<string, string>? values = null, ChatPlatform platform = ChatPlatform.Discord, string channel = "C1") =>
        NoFailure(await Dispatcher.DispatchComponentAsync(new ComponentRequest(platform, user, channel, actionId, "W1", "M1", values)));

    /// <summary>Opens the create form and submits it with the given fields, as a moderator would.</summary>
    public async Task<Reply> CreateAsync(ChatUser user, Dictionary<string, string> values, ChatPlatform platform = ChatPlatform.Discord)
    {
        var opened = await CommandAsync(user, "factcard", "create", platform: platform);
        Assert.NotNull(opened.Form);
        return await PressAsync(user, opened.Form!.Id, values, platform);
    }

    /// <summary>A handler that threw is a test failure, with the exception, not a polite reply to compare.</summary>
    private Reply NoFailure(Reply reply)
    {
        lock (Telemetry.Failures)
        {
            if (Telemetry.Failures.Count > 0)
            {
                throw new InvalidOperationException("a handler failed", Telemetry.Failures[0]);
            }
        }

        return reply;
    }

    public void Dispose()
    {
        Database.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
