using ChatBot.Core.Commands;
using ChatBot.Discord.Configuration;
using ChatBot.Discord.Rendering;
using ChatBot.Discord.Wire;

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Interactions;

/// <summary>Suggestions for the focused option (type 8). Autocomplete cannot be deferred, so a slow answer is an empty list.</summary>
internal sealed partial class AutocompleteInteractionHandler(ICommandDispatcher dispatcher, TimeProvider time, IOptions<DiscordOptions> options, ILogger<AutocompleteInteractionHandler> logger)
{
    public async Task<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken = default)
    {
        var request = InteractionMapper.ToCommandRequest(interaction);
        var focused = InteractionMapper.FocusedOption(interaction);
        IReadOnlyList<AutocompleteChoice> choices;
        try
        {
            choices = await dispatcher.AutocompleteAsync(request, focused, cancellationToken).WaitAsync(options.Value.InlineReplyBudget, time, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNoChoices(request.Command, focused, exception.GetType().Name);
            choices = [];
        }

        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = ChoiceRenderer.Render(choices) });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autocomplete for /{Command} {Option} returned no choices ({Reason})")]
    private partial void LogNoChoices(string command, string option, string reason);
}
