using System.Globalization;

namespace ChatBot.Core.Commands.FactCards;

/// <summary>Action and form ids of fact cards ("fc:…"), all well under 100 characters (slugs are at most 40).</summary>
public static class FactCardActions
{
    public const string Prefix = "fc";
    public const string NewForm = "new";
    public const string EditForm = "edit";
    public const string Open = "open";
    public const string Reopen = "reopen";
    public const string Delete = "del";
    public const string Keep = "keep";
    public const string Post = "post";

    public static string CreateFormId() => ActionIds.Create(Prefix, NewForm);

    public static string EditFormId(string slug, int version) => ActionIds.Create(Prefix, EditForm, slug, Number(version));

    public static string OpenPending(string pendingId) => ActionIds.Create(Prefix, Open, pendingId);

    public static string ReopenEdit(string slug) => ActionIds.Create(Prefix, Reopen, slug);

    public static string ConfirmDelete(string slug, int version) => ActionIds.Create(Prefix, Delete, slug, Number(version));

    public static string KeepCard(string slug) => ActionIds.Create(Prefix, Keep, slug);

    public static string PostCard(string slug) => ActionIds.Create(Prefix, Post, slug);

    public static bool TryVersion(string text, out int version) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
