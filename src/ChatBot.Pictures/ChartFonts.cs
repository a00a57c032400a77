using SkiaSharp;

namespace ChatBot.Pictures;

/// <summary>
/// The embedded typefaces. System fonts are never used: a container often has none, and a picture must not depend on
/// which fonts a machine happens to have.
/// </summary>
internal static class ChartFonts
{
    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("Inter-Regular"));
    private static readonly Lazy<SKTypeface> SemiBoldFace = new(() => Load("Inter-SemiBold"));

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface SemiBold => SemiBoldFace.Value;

    private static SKTypeface Load(string name)
    {
        var resource = $"ChatBot.Pictures.Fonts.{name}.otf";
        using var stream = typeof(ChartFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The font {resource} is not embedded in ChatBot.Pictures");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {resource} could not be read");
    }
}
