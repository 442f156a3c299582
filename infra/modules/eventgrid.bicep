// Event Grid system topic on the storage account, and the subscription that turns blob uploads into
// messages on the blob-events queue (Event Grid schema): the path the app's blob-event handling reads.
// Delivery and dead-lettering use the topic's own managed identity (the account has no shared keys).
// (AVM equivalent: avm/res/event-grid/system-topic.)

@description('System topic name.')
param name string

@description('Azure region (must be the storage account\'s).')
param location string

@description('Tags (azd-env-name).')
param tags object

@description('Storage account name: source of the events and home of the destination queue.')
param storageAccountName string

@description('Queue that receives the BlobCreated events.')
param blobEventsQueueName string

@description('Containers whose new blobs raise events.')
param sourceContainerNames array

@description('Container for events that could not be delivered.')
param deadLetterContainerName string

var storageQueueDataMessageSenderRoleId = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource account 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: account.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource queueSender 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, topic.id, storageQueueDataMessageSenderRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSenderRoleId)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, topic.id, storageBlobDataContributorRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource blobCreatedToQueue 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'blob-created-to-queue'
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      // subjectBeginsWith takes one value; several containers need an advanced filter.
      advancedFilters: [
        {
          operatorType: 'StringBeginsWith'
          key: 'subject'
          values: [for c in sourceContainerNames: '/blobServices/default/containers/${c}/']
        }
      ]
    }
    deliveryWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: account.id
          queueName: blobEventsQueueName
          // -1: the message never expires on the queue; the app's poison handling decides.
          queueMessageTimeToLiveInSeconds: -1
        }
      }
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: account.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
  dependsOn: [
    queueSender
    deadLetterWriter
  ]
}

output name string = topic.name
output id string = topic.id
output subscriptionName string = blobCreatedToQueue.name
