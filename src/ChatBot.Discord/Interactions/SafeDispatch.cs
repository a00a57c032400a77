using ChatBot.Core.Commands;

using Microsoft.Extensions.Logging;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// Runs a dispatch so that nothing but a <see cref="Reply"/> comes out: the dispatcher promises not to throw, and
/// this makes sure a broken promise still ends in a safe message rather than a stack trace or a silent "thinking…".
/// </summary>
internal static partial class SafeDispatch
{
    public const string FailureText = "Sorry, something went wrong on our side. Please try again in a moment.";
    public const string RestartText = "The bot is restarting and could not finish this answer. Please ask again in a minute.";

    public static async Task<Reply> RunAsync(Func<CancellationToken, Task<Reply>> dispatch, CancellationToken cancellationToken, ILogger logger)
    {
        try
        {
            return await dispatch(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Reply.Error(RestartText);
        }
        catch (Exception exception)
        {
            LogFailed(logger, exception);
            return Reply.Error(FailureText);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command dispatch threw; the user got a generic error")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
