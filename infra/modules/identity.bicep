// User-assigned managed identity of the function app: one identity for storage (AzureWebJobsStorage),
// Key Vault references, Application Insights (Entra ID auth) and the optional Service Bus sink.
// (AVM equivalent: avm/res/managed-identity/user-assigned-identity.)

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags (azd-env-name).')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
