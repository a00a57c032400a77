namespace ChatBot.Core.Questions;

/// <summary>Decides what a question asks for. The rule-based one is the default; a trained model can replace it.</summary>
public interface IQuestionClassifier
{
    QuestionClassification Classify(string question);
}
