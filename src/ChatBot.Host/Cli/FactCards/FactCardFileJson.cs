using System.Text.Json.Serialization;

namespace ChatBot.Host.Cli.FactCards;

/// <summary>JSON shape of fact-card files (source-generated, camelCase, indented for diffs in git).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(FactCardFile))]
internal sealed partial class FactCardFileJson : JsonSerializerContext;
