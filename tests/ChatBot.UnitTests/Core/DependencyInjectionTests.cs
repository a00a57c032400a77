using ChatBot.Core;
using ChatBot.Core.Answers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Corpus;
using ChatBot.Core.Embeddings;
using ChatBot.Core.FactCards;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Core.Timeline.Pictures;
using ChatBot.Corpus;
using ChatBot.Pictures;
using ChatBot.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.UnitTests;

/// <summary>Core composes itself, and plug-ins replace its defaults whatever the order of the calls.</summary>
public sealed class DependencyInjectionTests
{
    private static readonly Type[] PlugInServices =
    [
        typeof(IAnswerCache), typeof(IAnswerArchive), typeof(ISharedReplyStore), typeof(IConversationStore),
        typeof(IQuestionHistory), typeof(IEmbeddingCache), typeof(IFactCardStore), typeof(ITimelinePicture), typeof(ICorpusSource),
    ];

    [Fact]
    public void PlugIns_RegisteredBeforeOrAfterCore_GiveTheSameServices()
    {
        var before = PlugIns(new ServiceCollection()).AddChatBotCore();
        var after = PlugIns(new ServiceCollection().AddChatBotCore());

        Assert.Equal(Signatures(after), Signatures(before));
        foreach (var service in PlugInServices)
        {
            Assert.Equal(ImplementationOf(after, service), ImplementationOf(before, service));
            Assert.Single(before, d => d.ServiceType == service);
            Assert.Single(after, d => d.ServiceType == service);
        }

        Assert.Equal(typeof(LiteDbAnswerCache), ImplementationOf(before, typeof(IAnswerCache)));
        Assert.Equal(typeof(SkiaTimelinePicture), ImplementationOf(after, typeof(ITimelinePicture)));
    }

    [Fact]
    public void Core_WithoutPlugIns_KeepsItsInMemoryDefaults()
    {
        var services = new ServiceCollection().AddChatBotCore();

        Assert.Equal(typeof(InMemoryEmbeddingCache), ImplementationOf(services, typeof(IEmbeddingCache)));
        Assert.Equal(typeof(InMemorySharedReplyStore), ImplementationOf(services, typeof(ISharedReplyStore)));
        Assert.Equal(typeof(NullAnswerCache), ImplementationOf(services, typeof(IAnswerCache)));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ITimelinePicture));
    }

    [Fact]
    public void CoreOptions_AreValidated_WithEveryFailureNamingItsKey()
    {
        using var provider = new ServiceCollection().AddChatBotCore()
            .Configure<QuizOptions>(o => (o.LeaderboardSize, o.AnswerWindow) = (0, TimeSpan.FromSeconds(1)))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<QuizOptions>>().Value);

        Assert.Equal(["ChatBot:Quiz:AnswerWindow must be between 00:00:10 and 7.00:00:00", "ChatBot:Quiz:LeaderboardSize must be between 1 and 25"], error.Failures);
    }

    private static IServiceCollection PlugIns(IServiceCollection services) =>
        services.AddLiteDbStorage().AddTimelinePictures().AddFileCorpus();

    /// <summary>Every registration, in an order-free form: service, then what provides it.</summary>
    private static List<string> Signatures(IServiceCollection services) =>
        [.. services.Select(d => $"{d.ServiceType} {d.Lifetime} {Provider(d)}").Order(StringComparer.Ordinal)];

    private static string Provider(ServiceDescriptor d) =>
        d.ImplementationType?.FullName ?? d.ImplementationInstance?.GetType().FullName ?? d.ImplementationFactory?.Method.ToString() ?? "?";

    private static Type? ImplementationOf(IServiceCollection services, Type service)
    {
        var last = services.Last(d => d.ServiceType == service);
        return last.ImplementationType ?? last.ImplementationInstance?.GetType() ?? last.ImplementationFactory?.Method.ReturnType;
    }
}
