using ChatBot.Core.Admin;
using ChatBot.Core.Moderation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>Ends the session (POST with the anti-forgery token only) and records it.</summary>
public sealed class SignOutModel(ModerationAudit audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is { } user)
        {
            await audit.RecordAsync(user.Platform, user.ChatUser, "console sign-out", "console", "signed out", cancellationToken);
        }

        await HttpContext.SignOutAsync(AdminSession.Scheme);
        return LocalRedirect(AdminLinks.SignInPath + "?signedOut=true");
    }
}
