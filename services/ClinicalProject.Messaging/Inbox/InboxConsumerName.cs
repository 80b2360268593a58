using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ClinicalProject.Messaging.Inbox;

/// <summary>
/// The inbox key of a consumer type: stable across builds and short enough for the inbox's column.
/// <see cref="Type.FullName"/> is neither for a generic consumer: it spells its type arguments assembly-
/// qualified, version included, so a version bump would make the inbox forget every message it had seen.
/// </summary>
internal static partial class InboxConsumerName
{
    public static string Of(Type type)
    {
        var name = Describe(type);
        if (name.Length <= InboxMessage.ConsumerMaxLength)
        {
            return name;
        }

        // Too long for the column: a readable head and a hash of the whole name.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16];
        return string.Concat(name.AsSpan(0, InboxMessage.ConsumerMaxLength - hash.Length - 1), "~", hash);
    }

    private static string Describe(Type type)
    {
        if (type.IsArray)
        {
            return Describe(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter || !type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        // "Namespace.Consumer`1" becomes "Namespace.Consumer<Namespace.Argument>".
        var definition = type.GetGenericTypeDefinition();
        var definitionName = Arity().Replace(definition.FullName ?? definition.Name, string.Empty);
        return $"{definitionName}<{string.Join(",", type.GetGenericArguments().Select(Describe))}>";
    }

    [GeneratedRegex("`[0-9]+")]
    private static partial Regex Arity();
}
