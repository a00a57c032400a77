using Microsoft.AspNetCore.Connections;

namespace ChatBot.Host.Hosting;

/// <summary>
/// A request whose body never fully arrives (a client sending too slowly for Kestrel's minimum data rate, or one that
/// disconnects half way) is the client's problem: one Debug line and Kestrel's status (408, 400), instead of an
/// unhandled exception that Kestrel logs as an Error with a stack trace — 500 of them for 500 slow clients.
/// </summary>
internal sealed partial class IncompleteRequestGuard(RequestDelegate next, ILogger<IncompleteRequestGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception)
        {
            LogIncomplete(context.Request.Path, exception.Message);
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = exception.StatusCode;
            }
        }
        catch (Exception exception) when (exception is ConnectionResetException || (exception is IOException or OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            LogIncomplete(context.Request.Path, "the client went away");
        }
    }

    [LoggerMessage(1, LogLevel.Debug, "Request to {Path} dropped: {Reason}")]
    private partial void LogIncomplete(PathString path, string reason);
}
