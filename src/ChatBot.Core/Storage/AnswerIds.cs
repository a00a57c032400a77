using System.Security.Cryptography;
using System.Text;
using ChatBot.Core.Answers;

namespace ChatBot.Core.Storage;

/// <summary>Short stable ids for sent answers (16 hex characters), small enough for button action ids.</summary>
public static class AnswerIds
{
    public static string For(AnswerResult answer) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{answer.Question}\n{answer.Answer}\n{string.Join('\n', answer.Citations.Select(c => c.PassageId))}")))[..16];
}
