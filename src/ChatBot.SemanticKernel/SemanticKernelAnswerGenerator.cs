using ChatBot.Core.Generation;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace ChatBot.SemanticKernel;

/// <summary>
/// Sends the grounded prompt through the kernel's chat completion service: the rules as the system message, the
/// question and passages as the user message. No prompt template is rendered (so "{{…}}" in corpus text is inert)
/// and no function calling is offered: the model reads exactly the passages it was given and nothing else.
/// </summary>
internal sealed class SemanticKernelAnswerGenerator(Kernel kernel, IOptions<LlmOptions> options) : IAnswerGenerator
{
    public string ModelId => options.Value.ModelId;

    public async Task<string> GenerateAsync(GenerationPrompt prompt, CancellationToken cancellationToken = default)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(prompt.System);
        history.AddUserMessage(prompt.User);
        var settings = new OpenAIPromptExecutionSettings
        {
            Temperature = options.Value.Temperature,
            MaxTokens = options.Value.MaxOutputTokens,
            FunctionChoiceBehavior = null,
        };
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, cancellationToken);
        return reply.Content ?? "";
    }
}
