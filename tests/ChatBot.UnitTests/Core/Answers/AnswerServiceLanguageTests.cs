using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Corpus;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Answers;

/// <summary>A question in another language: a note naming the language, and another try by the names in it.</summary>
public sealed class AnswerServiceLanguageTests
{
    [Fact]
    public async Task AQuestionInFrench_IsAnswered_WithANoteNamingFrench_ThatTheReplyFooterShows()
    {
        var answer = await Service(TestCorpus.Index, new DictionaryCache()).AskAsync("Qui est Hitomi Soga ?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("It looks like your question is in French. The indexed articles are in English", answer.LanguageNote, StringComparison.Ordinal);
        Assert.DoesNotContain("names I could match", answer.LanguageNote, StringComparison.Ordinal);
        var reply = AnswerReplies.For(answer, "a1", TestCorpus.Index, ReplyVisibility.Ephemeral);
        Assert.StartsWith(answer.LanguageNote, reply.Footer, StringComparison.Ordinal);
        Assert.EndsWith(AnswerReplies.Footer(TestCorpus.Index), reply.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEnglishQuestion_HasNoNote()
    {
        var answer = await Service(TestCorpus.Index, new DictionaryCache()).AskAsync("Who is Hitomi Soga?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.LanguageNote);
        Assert.Equal(AnswerReplies.Footer(TestCorpus.Index), AnswerReplies.For(answer, "a1", TestCorpus.Index, ReplyVisibility.Ephemeral).Footer);
    }

    [Fact]
    public async Task AQuestionThatFindsNothingAsAsked_IsAnsweredByTheNamesInIt_AndTheNoteSaysSo()
    {
        var answer = await Service(TestCorpus.Index, new DictionaryCache()).AskAsync("Хитоми Сога Hitomi Soga");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("Хитоми Сога Hitomi Soga", answer.Question);
        Assert.Contains("Hitomi Soga who disappeared", answer.Answer, StringComparison.Ordinal);
        Assert.Equal(
            "It looks like your question is in a language written in Cyrillic. The indexed articles are in English, so answers and their quotes are in English, "
            + "and questions asked in English find the most. This answer was found by the names I could match: Hitomi Soga.",
            answer.LanguageNote);
    }

    [Fact]
    public async Task TheIssuesExample_拉致被害者MegumiYokota_StillFindsMegumiYokota()
    {
        using var corpus = new TempCorpus().With("articles/yokota.md", """
            ---
            title: The Yokota family
            author: A. Writer
            published: 2020-01-01
            ---

            Megumi Yokota was abducted from Niigata in November 1977, when she was 13 years old.
            Her parents campaigned for her return for decades.
            """);

        var answer = await Service(TestCorpus.Build(corpus.Directory), new DictionaryCache()).AskAsync("拉致被害者 Megumi Yokota");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Megumi Yokota was abducted from Niigata", answer.Answer, StringComparison.Ordinal);
        Assert.StartsWith("It looks like your question is in Chinese or Japanese.", answer.LanguageNote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCache_NeverCarriesANoteToAQuestionInAnotherLanguage()
    {
        var cache = new DictionaryCache();
        var service = Service(TestCorpus.Index, cache);

        var russian = await service.AskAsync("Хитоми Сога Hitomi Soga");
        var english = await service.AskAsync("Hitomi Soga");
        var french = await service.AskAsync("Qui est Hitomi Soga ?");
        var frenchAgain = await service.AskAsync("qui est hitomi soga");

        Assert.NotNull(russian.LanguageNote);
        Assert.True(english.Cached, "the English question shares the cache entry the names were answered from");
        Assert.Null(english.LanguageNote);
        Assert.Equal(russian.Answer, english.Answer);
        Assert.Contains("French", french.LanguageNote, StringComparison.Ordinal);
        Assert.True(frenchAgain.Cached);
        Assert.Equal(french.LanguageNote, frenchAgain.LanguageNote);
        Assert.All(cache.Stored, stored => Assert.Null(stored.LanguageNote));
    }

    private static AnswerService Service(CorpusIndex index, IAnswerCache cache)
    {
        var holder = new CorpusIndexHolder(index);
        return new AnswerService(new AnswerEngine(RuleBasedQuestionClassifier.Instance), holder, cache, new FakeTimeProvider());
    }

    private sealed class DictionaryCache : IAnswerCache
    {
        private readonly Dictionary<string, AnswerResult> answers = [];

        public IEnumerable<AnswerResult> Stored => answers.Values;

        public ValueTask<AnswerResult?> GetAsync(AnswerCacheKey key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(answers.GetValueOrDefault(key.Id));

        public ValueTask SetAsync(AnswerCacheKey key, AnswerResult answer, CancellationToken cancellationToken = default)
        {
            answers[key.Id] = answer;
            return ValueTask.CompletedTask;
        }

        public ValueTask<int> PruneAsync(string currentFingerprint, CancellationToken cancellationToken = default) => ValueTask.FromResult(0);
    }
}
