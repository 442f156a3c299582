// Data-plane roles on the storage account for one principal, by deterministic guid(...) names so that
// a redeployment finds the same assignments.

@description('Storage account name.')
param storageAccountName string

@description('Object id of the principal.')
param principalId string

@description('User, Group or ServicePrincipal.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string

@description('Role definition ids (GUIDs) to assign on the account.')
param roleDefinitionIds array

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in roleDefinitionIds: {
    name: guid(account.id, principalId, roleId)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]
