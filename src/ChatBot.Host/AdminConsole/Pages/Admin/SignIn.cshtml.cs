using ChatBot.Core.Admin;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>
/// Opening a link only shows a button: the link is used up by the button's POST, so a chat client previewing the URL
/// cannot spend it. A good link starts an 8-hour session; a bad one says why, in one line, with 403.
/// </summary>
public sealed class SignInModel(AdminLinks links, ModerationAudit audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public string? Message { get; private set; }

    public bool Refused { get; private set; }

    public bool CanContinue { get; private set; }

    public string? Who { get; private set; }

    public IActionResult OnGet(bool signedOut = false)
    {
        if (string.IsNullOrEmpty(Token))
        {
            Message = signedOut ? "You are signed out." : null;
            return Page();
        }

        var read = links.Signer!.Read(Token);
        if (!read.IsValid)
        {
            return Refuse(read.Message);
        }

        CanContinue = true;
        Who = read.Claims!.ActorId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        AdminLinkResult result;
        try
        {
            result = await links.RedeemAsync(Token, cancellationToken);
        }
        catch (StorageUnavailableException e)
        {
            // The store says what is missing (the database, or Redis shared by the replicas); the link stays unused.
            return Refuse($"{char.ToUpperInvariant(e.Message[0])}{e.Message[1..]}; the link is still unused, try again in a minute.", StatusCodes.Status503ServiceUnavailable);
        }

        if (!result.IsValid)
        {
            return Refuse(result.Message);
        }

        var user = ConsoleUser.From(result.Claims!, time.GetUtcNow());
        var properties = new AuthenticationProperties { IsPersistent = true, AllowRefresh = false, IssuedUtc = user.SignedInAt, ExpiresUtc = AdminSession.ExpiresAt(user.SignedInAt) };
        await HttpContext.SignInAsync(AdminSession.Scheme, user.ToPrincipal(), properties);
        await audit.RecordAsync(user.Platform, user.ChatUser, "console sign-in", "console", "signed in", cancellationToken);
        return LocalRedirect("/admin");
    }

    private PageResult Refuse(string message, int status = StatusCodes.Status403Forbidden)
    {
        Message = message;
        Refused = true;
        Response.StatusCode = status;
        return Page();
    }
}
