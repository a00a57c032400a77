using System.Net;
using System.Net.Sockets;

namespace ChatBot.Ingest.Fetching;

/// <summary>
/// Tells public internet addresses from the ones a fetch must never reach: private ranges, loopback, link-local
/// (which holds the cloud metadata address 169.254.169.254), unique-local IPv6, multicast and the unspecified
/// address. IPv4-mapped IPv6 addresses are judged as the IPv4 address they carry.
/// </summary>
public static class NetworkAddressClassifier
{
    /// <summary>Null when the address is public; otherwise why it is refused.</summary>
    public static string? WhyRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => WhyRefusedV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => WhyRefusedV6(address),
            _ => "not an IP address",
        };
    }

    public static bool IsPublic(IPAddress address) => WhyRefused(address) is null;

    private static string? WhyRefusedV4(byte[] b) => b switch
    {
        [169, 254, 169, 254] => "a cloud metadata address",
        [0, ..] => "an unspecified address",
        [10, ..] => "a private address",
        [127, ..] => "a loopback address",
        [169, 254, ..] => "a link-local address",
        [172, >= 16 and <= 31, ..] => "a private address",
        [192, 168, ..] => "a private address",
        [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT) address",
        [192, 0, 0, _] => "a reserved address",
        [198, 18 or 19, ..] => "a benchmarking address",
        [>= 224, ..] => "a multicast or reserved address",
        _ => null,
    };

    private static string? WhyRefusedV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (IPAddress.IPv6Loopback.Equals(address))
        {
            return "a loopback address";
        }

        if (IPAddress.IPv6None.Equals(address))
        {
            return "an unspecified address";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "a unique-local (private) address";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return "a link-local address";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return "a site-local address";
        }

        if (b[0] == 0xFF)
        {
            return "a multicast address";
        }

        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that must be judged too.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
        {
            return WhyRefusedV4(b[12..16]);
        }

        return b[0] == 0x20 && b[1] == 0x02 ? WhyRefusedV4(b[2..6]) : null;
    }
}
