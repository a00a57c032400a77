namespace ChatBot.Core.Admin;

/// <summary>The outcome of reading or redeeming a link; <see cref="Claims"/> is set when it is <see cref="AdminLinkCheck.Valid"/>.</summary>
public sealed record AdminLinkResult(AdminLinkCheck Check, AdminLinkClaims? Claims = null)
{
    public bool IsValid => Check == AdminLinkCheck.Valid && Claims is not null;

    /// <summary>One line for the person holding the link.</summary>
    public string Message => Check switch
    {
        AdminLinkCheck.Valid => "Signed in.",
        AdminLinkCheck.Expired => "This sign-in link has expired (links last 10 minutes). Ask for a new one with /admin.",
        AdminLinkCheck.Reused => "This sign-in link was already used (each link works once). Ask for a new one with /admin.",
        _ => "This sign-in link is not valid. Ask for a new one with /admin.",
    };
}
