using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace EventBot.Adapters;

/// <summary>Hands out connector clients that the configured factory builds on their first use (see <see cref="OnDemandClientsAuthentication"/>).</summary>
public sealed class OnDemandConnectorFactory(ConnectorFactory configured) : ConnectorFactory
{
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
        Task.FromResult<IConnectorClient>(new OnDemandConnectorClient(() => configured.CreateAsync(serviceUrl, audience, cancellationToken)));

    /// <summary>A connector client built when one of its members is first used.</summary>
    /// <remarks>
    /// The SDK's factories complete synchronously (credentials are made here; tokens are fetched when a request is sent),
    /// so waiting for the build on a property's first read blocks nothing.
    /// </remarks>
    private sealed class OnDemandConnectorClient(Func<Task<IConnectorClient>> build) : IConnectorClient
    {
        private readonly Lazy<IConnectorClient> client = new(() => build().GetAwaiter().GetResult());

        public Uri BaseUri
        {
            get => client.Value.BaseUri;
            set => client.Value.BaseUri = value;
        }

        public JsonSerializerSettings SerializationSettings => client.Value.SerializationSettings;

        public JsonSerializerSettings DeserializationSettings => client.Value.DeserializationSettings;

        public ServiceClientCredentials Credentials => client.Value.Credentials;

        public IAttachments Attachments => client.Value.Attachments;

        public IConversations Conversations => client.Value.Conversations;

        public void Dispose()
        {
            if (client.IsValueCreated)
            {
                client.Value.Dispose();
            }
        }
    }
}
