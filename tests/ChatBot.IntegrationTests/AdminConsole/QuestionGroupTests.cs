using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Storage;
using ChatBot.Evaluation;
using ChatBot.Host.AdminConsole;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>Declined questions are grouped by what they ask, not by their exact wording.</summary>
public sealed class QuestionGroupTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void QuestionsWithTheSameContentWords_AreOneGroup_WhateverTheirCaseTenseOrOrder()
    {
        var groups = QuestionGroup.Of(Asked("Who was Megumi Yokota?", "who is megumi yokota", "Megumi Yokota: who was she?", "When did the ferry sail?"), TestCorpus.Plain);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal(3, groups[0].Wordings.Count);
        Assert.Equal(("When did the ferry sail?", 1), (groups[1].Example, groups[1].Count));
    }

    [Fact]
    public void DifferentSubjects_StayApart_AndTheMostAskedWordingIsTheExample()
    {
        var groups = QuestionGroup.Of(Asked("Who was Megumi Yokota?", "Who was Kaoru Hasuike?", "who is megumi yokota", "who is megumi yokota"), TestCorpus.Plain);

        Assert.Equal(2, groups.Count);
        Assert.Equal(("who is megumi yokota", 3), (groups[0].Example, groups[0].Count));
        Assert.Equal(["who is megumi yokota", "Who was Megumi Yokota?"], groups[0].Wordings);
        Assert.Equal(("Who was Kaoru Hasuike?", 1), (groups[1].Example, groups[1].Count));
    }

    [Fact]
    public void AQuestionOfFunctionWordsOnly_IsGroupedByItsWording()
    {
        var groups = QuestionGroup.Of(Asked("Who was it?", "who was it", "What is it?"), TestCorpus.Plain);

        Assert.Equal([2, 1], groups.Select(g => g.Count));
    }

    private static List<AskedQuestion> Asked(params string[] questions) =>
        [.. questions.Select(q => new AskedQuestion(ChatPlatform.Slack, null, "U1", q, AnswerStatus.NotFound, When))];
}
