using System.Text.Json;
using ChatBot.Core.Generation;

namespace ChatBot.UnitTests.Generation;

/// <summary>A model that answers with a script, which reads the passages it was given as a real model would.</summary>
internal sealed class ScriptedGenerator(Func<ScriptedGenerator.PromptView, CancellationToken, Task<string>> script) : IAnswerGenerator
{
    public ScriptedGenerator(Func<PromptView, string> script)
        : this((prompt, _) => Task.FromResult(script(prompt)))
    {
    }

    public string ModelId => "test-model";

    public List<GenerationPrompt> Prompts { get; } = [];

    public Task<string> GenerateAsync(GenerationPrompt prompt, CancellationToken cancellationToken = default)
    {
        Prompts.Add(prompt);
        return script(new PromptView(prompt), cancellationToken);
    }

    /// <summary>The user message read back as the JSON it is.</summary>
    public sealed class PromptView(GenerationPrompt prompt)
    {
        private readonly JsonElement root = JsonDocument.Parse(prompt.User).RootElement;

        public string Question => root.GetProperty("question").GetString()!;

        public IReadOnlyList<(int N, string Text)> Passages =>
            [.. root.GetProperty("passages").EnumerateArray().Select(p => (p.GetProperty("n").GetInt32(), p.GetProperty("text").GetString()!))];

        /// <summary>The number of the passage holding <paramref name="text"/>; 0 when none does.</summary>
        public int NumberOf(string text) => Passages.FirstOrDefault(p => p.Text.Contains(text, StringComparison.Ordinal)).N;
    }
}
