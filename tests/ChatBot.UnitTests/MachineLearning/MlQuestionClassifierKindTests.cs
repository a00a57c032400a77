using ChatBot.Core.Questions;

namespace ChatBot.UnitTests.MachineLearning;

/// <summary>Plain, unambiguous questions of each kind, none of them copied from the labelled data.</summary>
public sealed class MlQuestionClassifierKindTests(CommittedModelFixture model) : IClassFixture<CommittedModelFixture>
{
    [Theory]
    [InlineData("What is the abduction issue about?")]
    [InlineData("Explain the Japan-North Korea summit")]
    public void Classify_ReturnsDescription_ForExplainQuestions(string question) => AssertKind(QuestionKind.Description, question);

    [Theory]
    [InlineData("When did the abductees come home?")]
    [InlineData("what year did kim admit the kidnappings")]
    public void Classify_ReturnsDate_ForWhenQuestions(string question) => AssertKind(QuestionKind.Date, question);

    [Theory]
    [InlineData("How many abductees did North Korea admit to?")]
    [InlineData("how many japanese were abducted")]
    public void Classify_ReturnsNumber_ForHowManyQuestions(string question) => AssertKind(QuestionKind.Number, question);

    [Theory]
    [InlineData("Who was the Japanese prime minister in 2002?")]
    [InlineData("who's the leader of japan")]
    public void Classify_ReturnsPerson_ForWhoQuestions(string question) => AssertKind(QuestionKind.Person, question);

    [Theory]
    [InlineData("Where did Koizumi meet Kim Jong Il?")]
    [InlineData("where were the abductees living")]
    public void Classify_ReturnsPlace_ForWhereQuestions(string question) => AssertKind(QuestionKind.Place, question);

    [Theory]
    [InlineData("Why did North Korea kidnap Japanese citizens?")]
    [InlineData("why did japan reimpose sanctions")]
    public void Classify_ReturnsReason_ForWhyQuestions(string question) => AssertKind(QuestionKind.Reason, question);

    [Theory]
    [InlineData("Name the abductees who came back to Japan")]
    [InlineData("list the abductees who were alive")]
    public void Classify_ReturnsList_ForEnumerationRequests(string question) => AssertKind(QuestionKind.List, question);

    [Theory]
    [InlineData("What happened in 2015?")]
    [InlineData("timeline of japan-north korea relations")]
    public void Classify_ReturnsTimeline_ForDatedEventRequests(string question) => AssertKind(QuestionKind.Timeline, question);

    [Theory]
    [InlineData("hi there")]
    [InlineData("tell me a joke please")]
    public void Classify_ReturnsOffTopic_ForChitChat(string question) => AssertKind(QuestionKind.OffTopic, question);

    private void AssertKind(QuestionKind expected, string question) =>
        Assert.Equal(expected, model.Classifier.Classify(question).Kind);
}
