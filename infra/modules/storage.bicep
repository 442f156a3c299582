// The one storage account of the app: Functions host (AzureWebJobsStorage), Durable task hub
// (Azure Storage backend), the ledger tables, the pipeline queues and the blob containers.
// Shared-key access is off: every client uses Entra ID (managed identity or the developer's login).
// The archive container is WORM: version-level immutability with a time-based retention policy.
// (AVM equivalent: avm/res/storage/storage-account; written as plain Bicep because the public module
// registry cannot be reached from the machines that compile this.)

@description('Storage account name (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags (azd-env-name).')
param tags object

@description('Blob containers besides the archive and the deployment container.')
param containerNames array

@description('Name of the archive container (version-level WORM).')
param archiveContainerName string

@description('Container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('Container where Event Grid dead-letters the events it could not deliver.')
param deadLetterContainerName string

@description('Queues created up front (the pipeline stages and their poison queues).')
param queueNames array

@description('Time-based retention of the archive, in days since the blob version was created.')
@minValue(1)
@maxValue(146000)
param archiveRetentionDays int

@description('True once the archive policy has been locked by hand: the (then immutable) policy resource is not sent again.')
param archivePolicyLocked bool

@description('Days after which archive blobs move to the cool tier.')
param archiveCoolAfterDays int

@description('Days after which archive blobs move to the cold tier.')
param archiveColdAfterDays int

@description('Days of soft delete for blobs and containers.')
@minValue(1)
@maxValue(365)
param softDeleteDays int = 14

@description('Storage redundancy.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
  'Standard_RAGRS'
  'Standard_RAGZRS'
])
param skuName string

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      requireInfrastructureEncryption: false
      services: {
        blob: {
          enabled: true
          keyType: 'Account'
        }
        file: {
          enabled: true
          keyType: 'Account'
        }
        queue: {
          enabled: true
          keyType: 'Account'
        }
        table: {
          enabled: true
          keyType: 'Account'
        }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // Version-level immutability needs versioning on the account.
    isVersioningEnabled: true
    changeFeed: {
      enabled: true
      retentionInDays: 90
    }
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteDays
    }
  }
}

resource archive 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = {
  parent: blobService
  name: archiveContainerName
  properties: {
    publicAccess: 'None'
    // WORM per blob version: every version written is protected for the retention period.
    immutableStorageWithVersioning: {
      enabled: true
    }
  }
}

// The container's default time-based retention policy, inherited by each new blob version.
// Created unlocked: locking it is a deliberate manual step (docs/deploy.md); after that, set
// archivePolicyLocked so that deployments stop sending the policy (a locked policy can only be extended).
resource archivePolicy 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2024-01-01' = if (!archivePolicyLocked) {
  parent: archive
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: archiveRetentionDays
    allowProtectedAppendWrites: false
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for containerName in union(containerNames, [deploymentContainerName, deadLetterContainerName]): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: account
  name: 'default'
}

// Archive: hot while fresh, then cool, then cold. Tier changes are allowed on WORM versions;
// there is deliberately no delete action. Quarantine follows the same path to keep it cheap.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2024-01-01' = {
  parent: account
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'archiveCoolThenCold'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                '${archiveContainerName}/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: archiveCoolAfterDays
                }
                tierToCold: {
                  daysAfterModificationGreaterThan: archiveColdAfterDays
                }
              }
              version: {
                tierToCool: {
                  daysAfterCreationGreaterThan: archiveCoolAfterDays
                }
                tierToCold: {
                  daysAfterCreationGreaterThan: archiveColdAfterDays
                }
              }
            }
          }
        }
        {
          name: 'quarantineCool'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
              prefixMatch: [
                'quarantine/'
              ]
            }
            actions: {
              baseBlob: {
                tierToCool: {
                  daysAfterModificationGreaterThan: archiveCoolAfterDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    archive
    containers
  ]
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
